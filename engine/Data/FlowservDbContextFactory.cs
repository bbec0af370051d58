using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Data;

/// <summary>Hands out the configured provider's context as the provider-neutral <see cref="FlowservDbContext"/>.</summary>
internal sealed class FlowservDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<FlowservDbContext>
    where TContext : FlowservDbContext
{
    public FlowservDbContext CreateDbContext() => inner.CreateDbContext();
}
