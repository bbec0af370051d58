using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Flowserv.Tests.Support.Servers;

/// <summary>
/// One server node as an operator runs it: <c>dotnet flowserv-server.dll</c> with its settings in the
/// environment, on a port of its own, so a test can kill it the way a crash would. Disposing stops it the
/// way a service manager does (SIGTERM, then SIGKILL if it does not exit). Shared by the test projects as a
/// linked source file; each imports ServerAssembly.targets next to it.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>Set in each node's environment to its name; steps inherit it, so a run's log says where it ran.</summary>
    public const string NodeVariable = "CLUSTER_TEST_NODE";

    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServerProcess(string name, Process process, Uri address)
    {
        Name = name;
        this.process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    /// <summary>The GraphQL endpoint over HTTP.</summary>
    public Uri GraphQL => new(Address, "/graphql");

    /// <summary>The same endpoint for subscriptions over graphql-transport-ws.</summary>
    public Uri Subscriptions => new UriBuilder(GraphQL) { Scheme = "ws" }.Uri;

    /// <summary>What the server printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static ServerProcess Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        var assembly = ServerAssembly();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { assembly },
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment[NodeVariable] = name;
        var process = new Process { StartInfo = start };
        var server = new ServerProcess(name, process, address);
        process.OutputDataReceived += (_, line) => server.Append(line.Data);
        process.ErrorDataReceived += (_, line) => server.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until /healthz answers 200, failing if the process exits or takes too long.</summary>
    public async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            Assert.False(process.HasExited, $"node {Name} exited during start-up:\n{Output}");
            Assert.False(timeout.IsCancellationRequested, $"node {Name} did not become healthy:\n{Output}");
            try
            {
                using var response = await http.GetAsync("/healthz", timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }

    /// <summary>SIGKILL: the node dies at once, with no chance to hand anything over.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            using (var terminate = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await terminate.WaitForExitAsync();
            }
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    // The build records where the server project put its assembly (see ServerAssembly.targets).
    private static string ServerAssembly() =>
        typeof(ServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "FlowservServerAssembly").Value!;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
