using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Flowserv.GraphQL.AspNetCore.Tests;

/// <summary>
/// The GraphQL endpoint on a real Kestrel port (127.0.0.1, chosen by the OS), serving <see cref="TestSchema"/>,
/// so sockets, SSE and Node clients talk to it exactly as they would to a deployed server.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestServer(WebApplication app, Uri endpoint)
    {
        this.app = app;
        Endpoint = endpoint;
    }

    /// <summary>The GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql.</summary>
    public Uri Endpoint { get; }

    public Uri WebSocketEndpoint => new UriBuilder(Endpoint) { Scheme = "ws" }.Uri;

    public static async Task<TestServer> StartAsync(Action<IServiceCollection>? configureServices = null, Action<GraphQLServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGraphQLServer(_ => TestSchema.Create(), configure: configure);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, new Uri(new Uri(address), "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
