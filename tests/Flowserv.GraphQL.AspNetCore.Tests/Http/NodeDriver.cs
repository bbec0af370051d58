using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Flowserv.GraphQL.AspNetCore.Tests.Http;

/// <summary>Runs a Node driver of tests/conformance (or tests/browser) and collects what it printed.</summary>
internal static class NodeDriver
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.Combine(RepoRoot, script))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepoRoot, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {timeout}; stderr: {await errors}");
        }

        return (process.ExitCode, await output, await errors);
    }

    /// <summary>Above the test binaries, or above this source file when the build put its output elsewhere (--artifacts-path).</summary>
    private static string FindRepoRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)! })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Flowserv.GraphQL.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("The repository root (Flowserv.GraphQL.sln) was not found above " + AppContext.BaseDirectory);
    }
}
