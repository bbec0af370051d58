using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Flowserv.Server.Tests.EndToEnd;

/// <summary>
/// The flowServ server (its own Program, in default authentication mode) on a real Kestrel port, so clients
/// reach it only over HTTP and WebSockets, exactly as a front-end does.
/// </summary>
public sealed class KestrelServer : IDisposable
{
    private readonly ServerFactory data;
    private readonly WebApplicationFactory<Program> host;

    private KestrelServer(ServerFactory data, WebApplicationFactory<Program> host, Uri baseAddress)
    {
        this.data = data;
        this.host = host;
        BaseAddress = baseAddress;
    }

    /// <summary>The service URL the server announces, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri BaseAddress { get; }

    public Uri GraphQLEndpoint => new(BaseAddress, "/graphql");

    public Uri WebSocketEndpoint => new UriBuilder(GraphQLEndpoint) { Scheme = "ws" }.Uri;

    /// <summary>The running server's services, for tests that prepare data directly rather than through the API.</summary>
    public IServiceProvider Services => host.Services;

    public static KestrelServer Start()
    {
        // The download URLs are built from FLOWSERV_API_URL, which must be known before the server starts,
        // so the port is chosen here rather than by Kestrel.
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var data = new ServerFactory();
        var server = data.WithWebHostBuilder(builder => builder
            .UseSetting("FLOWSERV_AUTH", "default")
            .UseSetting("FLOWSERV_API_URL", baseAddress.GetLeftPart(UriPartial.Authority))
            .UseSetting("Logging:LogLevel:Default", "Warning"));
        server.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        server.StartServer();
        return new KestrelServer(data, server, baseAddress);
    }

    /// <summary>Stops the server (the factory disposes the hosts it derived) and deletes its data folder.</summary>
    public void Dispose() => data.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
