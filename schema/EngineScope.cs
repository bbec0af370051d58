using Flowserv.Engine.Errors;
using Flowserv.GraphQL;
using Flowserv.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Schema;

/// <summary>
/// How resolvers reach the engine. The executor runs sibling fields concurrently and the engine services share
/// one scoped EF context, which is not thread-safe (and over WebSockets the request services live as long as the
/// socket), so every call and every DataLoader batch gets a DI scope of its own.
/// </summary>
/// <remarks>
/// Engine failures (<see cref="FlowservException"/>) become GraphQL errors with their code in
/// <c>extensions.code</c>, except in the resolver of a root mutation field, where the mutation conventions turn
/// them into typed <c>errors</c> of the payload.
/// </remarks>
public static class EngineScope
{
    /// <summary>Calls a scoped engine service in a scope of its own.</summary>
    public static async Task<T> CallAsync<TService, T>(this IResolverContext context, Func<TService, Task<T>> call)
        where TService : notnull
    {
        await using var scope = context.Services.CreateAsyncScope();
        try
        {
            return await call(scope.ServiceProvider.GetRequiredService<TService>());
        }
        catch (FlowservException exception) when (!IsMutationField(context))
        {
            throw ToGraphQLException(exception);
        }
    }

    /// <summary>
    /// A query of a scoped engine service that the executor runs after the resolver returns (paging, filtering,
    /// a total count read later): its scope is disposed when the operation's execution ends.
    /// </summary>
    public static async Task<IQueryable<T>> QueryAsync<TService, T>(this IResolverContext context, Func<TService, Task<IQueryable<T>>> query)
        where TService : notnull
    {
        var scope = context.Services.CreateAsyncScope();
        context.RegisterForCleanup(scope.DisposeAsync);
        try
        {
            return await query(scope.ServiceProvider.GetRequiredService<TService>());
        }
        catch (FlowservException exception)
        {
            throw ToGraphQLException(exception);
        }
    }

    /// <summary>
    /// Loads <paramref name="key"/> through the request's DataLoader named <paramref name="loader"/>: keys requested
    /// together go to <paramref name="batch"/> in one call, made in a scope of its own. Keys the batch leaves out load as default.
    /// </summary>
    public static async Task<TValue?> LoadAsync<TService, TKey, TValue>(
        this IResolverContext context,
        string loader,
        TKey key,
        Func<TService, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TService : notnull
        where TKey : notnull
    {
        var services = context.Services;
        return await context.GetDataLoader<TKey, TValue>(loader, async (keys, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            try
            {
                return await batch(scope.ServiceProvider.GetRequiredService<TService>(), keys, cancellationToken);
            }
            catch (FlowservException exception)
            {
                throw ToGraphQLException(exception);
            }
        }).LoadAsync(key);
    }

    /// <summary>An engine failure as the GraphQL error clients see: its message, and its code in <c>extensions.code</c>.</summary>
    public static GraphQLException ToGraphQLException(FlowservException exception) => new(exception.Message, exception.Code);

    private static bool IsMutationField(IResolverContext context) => context.ParentType == context.Schema.MutationType;
}
