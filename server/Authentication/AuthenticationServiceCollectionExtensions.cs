using Flowserv.GraphQL.AspNetCore;

namespace Flowserv.Server.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>Registers caller resolution for the GraphQL endpoint and the downloads (scoped: it uses the engine's scoped services).</summary>
    public static IServiceCollection AddFlowservAuthentication(this IServiceCollection services)
    {
        services.AddScoped<CallerAuthenticator>();
        services.AddScoped<IGraphQLRequestInterceptor, CallerInterceptor>();
        return services;
    }
}
