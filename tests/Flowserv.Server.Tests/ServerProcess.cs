using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Flowserv.Engine.Configuration;

namespace Flowserv.Server.Tests;

/// <summary>
/// The built server as a separate operating-system process (<c>dotnet flowserv-server.dll</c>) over an API
/// folder and a database, listening on a free loopback port, so that a test can kill it the way a crash would.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 200;
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(120);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServerProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>The last lines the server printed, for failure messages.</summary>
    public string Output => string.Join('\n', output);

    /// <summary>Starts the server with open authentication and waits until it answers <c>/healthz</c>.</summary>
    public static async Task<ServerProcess> StartAsync(string apiDirectory, DatabaseSettings database)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(typeof(Program).Assembly.Location);
        startInfo.Environment[EnvironmentVariables.ApiDirectory] = apiDirectory;
        startInfo.Environment[EnvironmentVariables.Database] = database.ConnectionString;
        startInfo.Environment[EnvironmentVariables.Auth] = "open";
        startInfo.Environment["ASPNETCORE_URLS"] = url;
        startInfo.Environment["Logging__LogLevel__Default"] = "Warning";
        var server = new ServerProcess(Process.Start(startInfo)!);
        server.process.OutputDataReceived += (_, line) => server.Keep(line.Data);
        server.process.ErrorDataReceived += (_, line) => server.Keep(line.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilHealthyAsync(new Uri(url + "/healthz"));
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>SIGKILL to the server alone: no shutdown code runs, and the processes it started live on.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        output.Enqueue(line);
        while (output.Count > KeptOutputLines)
        {
            output.TryDequeue(out _);
        }
    }

    private async Task WaitUntilHealthyAsync(Uri health)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartBound)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await client.GetAsync(health)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but too busy starting up to answer in time.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the server did not become healthy within {StartBound.TotalSeconds} s:\n{Output}");
    }
}
