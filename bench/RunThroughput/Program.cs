using System.Diagnostics;
using System.Globalization;
using Flowserv.Bench.RunThroughput;
using Flowserv.Engine;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Services;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Per-run overhead and throughput of run execution with the default configuration (SQLite, Quartz's persistent
// store, as many concurrent runs as cores), for a one-step workflow whose command is `true`:
//  1. N runs one after the other, each timed from RunService.StartAsync to its SUCCESS event, interleaved with
//     N bare Process.Start("/bin/true") as the reference;
//  2. M runs submitted at once, timed from the first submission to the last SUCCESS event.
// usage: dotnet run -c Release --project bench/RunThroughput -- [sequential=200] [burst=1000]
var sequential = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var burst = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
// .NET recompiles a method with full optimization after 30 calls, then again with profile data, and a run's
// path is taken once per run: without enough warm-up the measured runs share the cores with that compilation.
const int WarmUp = 300;

var directory = Path.Combine(Path.GetTempPath(), "flowserv-run-bench-" + Guid.NewGuid().ToString("N"));
var options = new EngineOptions { ApiDirectory = directory, AuthMode = AuthMode.Open, InstallSampleWorkflow = false };
var caller = new Caller(User.DefaultUserId, User.DefaultUserId, IsAdministrator: true);
try
{
    await using var provider = new ServiceCollection().AddLogging().AddFlowservEngine(options).BuildServiceProvider();
    await provider.GetRequiredService<EngineInitializer>().InitializeAsync();
    var hosted = provider.GetServices<IHostedService>().ToList();
    foreach (var service in hosted)
    {
        await service.StartAsync(CancellationToken.None);
    }
    var groupId = await TrueWorkflow.InstallAsync(provider, caller, directory);
    await using var ends = new RunEnds(provider.GetRequiredService<IRunEventBus>(), groupId);

    var reference = new Timings("Process.Start(\"/bin/true\")");
    var runs = new Timings("run `true`: start to SUCCESS");

    async Task<string> SubmitAsync()
    {
        await using var scope = provider.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RunService>().StartAsync(caller, groupId, [])).Id;
    }

    async Task<double> RunOnceAsync()
    {
        var begin = Stopwatch.GetTimestamp();
        var (state, end) = await ends.Of(await SubmitAsync());
        RequireSuccess([state]);
        return Stopwatch.GetElapsedTime(begin, end).TotalMilliseconds;
    }

    var cpu = TimeSpan.Zero;
    for (var i = -WarmUp; i < sequential; i++)
    {
        var spawn = await SpawnTrueAsync();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var run = await RunOnceAsync();
        if (i >= 0)
        {
            cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            reference.Add(spawn);
            runs.Add(run);
        }
    }
    Console.WriteLine(FormattableString.Invariant(
        $"sequential: {sequential} runs (after {WarmUp} warm-up runs), interleaved with {sequential} bare spawns; max concurrent runs {options.MaxConcurrentRuns}"));
    Console.WriteLine(reference);
    Console.WriteLine(runs);
    // CPU time depends far less on the neighbours' load than wall-clock time does.
    Console.WriteLine(FormattableString.Invariant($"server process CPU per run: {cpu.TotalMilliseconds / sequential:F2} ms"));
    Console.WriteLine(FormattableString.Invariant(
        $"overhead per run: {runs.Mean - reference.Mean:F2} ms (mean), {runs.Percentile(0.5) - reference.Percentile(0.5):F2} ms (p50), {runs.Percentile(0.95) - reference.Percentile(0.95):F2} ms (p95)"));

    if (burst > 0)
    {
        await BurstAsync();
    }

    async Task BurstAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var submitted = await Task.WhenAll(Enumerable.Range(0, burst).Select(_ => SubmitAsync()));
        var submittedIn = Stopwatch.GetElapsedTime(started);
        var finished = await Task.WhenAll(submitted.Select(ends.Of));
        var elapsed = Stopwatch.GetElapsedTime(started, finished.Max(end => end.Timestamp));
        RequireSuccess(finished.Select(end => end.State));
        Console.WriteLine(FormattableString.Invariant(
            $"burst: {burst} runs submitted at once in {submittedIn.TotalSeconds:F2} s, all SUCCESS after {elapsed.TotalSeconds:F2} s: {burst / elapsed.TotalSeconds:F1} runs/s"));
    }

    foreach (var service in hosted)
    {
        await service.StopAsync(CancellationToken.None);
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(directory, recursive: true);
}

static async Task<double> SpawnTrueAsync()
{
    var begin = Stopwatch.GetTimestamp();
    using var process = Process.Start(new ProcessStartInfo("/bin/true") { UseShellExecute = false })!;
    await process.WaitForExitAsync();
    return Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
}

static void RequireSuccess(IEnumerable<RunState> states)
{
    var failed = states.Where(state => state != RunState.Success).ToList();
    if (failed.Count > 0)
    {
        throw new InvalidOperationException($"{failed.Count} runs ended in {string.Join(", ", failed.Distinct())}");
    }
}
