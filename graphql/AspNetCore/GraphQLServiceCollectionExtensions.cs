using Flowserv.GraphQL.AspNetCore.Http;
using Flowserv.GraphQL.AspNetCore.Ide;
using Flowserv.GraphQL.AspNetCore.Sse;
using Flowserv.GraphQL.AspNetCore.WebSockets;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.GraphQL.AspNetCore;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers a GraphQL server for the schema the factory builds (once, at start-up).</summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        Func<IServiceProvider, GraphQLSchema> schemaFactory,
        ExecutionOptions? executionOptions = null,
        Action<GraphQLServerOptions>? configure = null)
    {
        var serverOptions = new GraphQLServerOptions();
        configure?.Invoke(serverOptions);
        services.AddSingleton(serverOptions);
        services.AddSingleton<GraphQLSchema>(schemaFactory);
        services.AddSingleton(provider => new RequestExecutor(provider.GetRequiredService<GraphQLSchema>(), executionOptions ?? ExecutionOptions.Default));
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.AddCors();
        services.AddSingleton<EndpointCors>();
        services.AddSingleton<SseResponder>();
        services.AddSingleton<IdeHandler>();
        return services;
    }
}
