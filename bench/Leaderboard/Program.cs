using System.Diagnostics;
using System.Globalization;
using Flowserv.Bench.Leaderboard;
using Flowserv.Engine;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Leaderboard query time on SQLite: one workflow, N successful runs over M groups.
// usage: dotnet run -c Release --project bench/Leaderboard [runs=100000] [groups=1000] [iterations=30]
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var groups = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
var directory = Path.Combine(Path.GetTempPath(), "flowserv-leaderboard-bench-" + Guid.NewGuid().ToString("N"));
var options = new EngineOptions { ApiDirectory = directory, AuthMode = AuthMode.Open };
try
{
    await using var provider = new ServiceCollection().AddFlowservEngine(options).BuildServiceProvider();
    await provider.GetRequiredService<EngineInitializer>().InitializeAsync();
    Workflow workflow;
    await using (var scope = provider.CreateAsyncScope())
    {
        workflow = await scope.ServiceProvider.GetRequiredService<FlowservDbContext>().Workflows.AsNoTracking().SingleAsync();
    }
    var fill = Stopwatch.StartNew();
    BenchmarkData.Fill(options.EffectiveDatabase.ConnectionString, workflow, groups, runs);
    Console.WriteLine($"filled {runs:N0} runs over {groups:N0} groups in {fill.Elapsed.TotalSeconds:F1} s");

    // includeAll materialises every run, so it gets fewer repetitions.
    foreach (var (includeAll, calls) in new[] { (false, iterations), (true, Math.Max(3, iterations / 5)) })
    {
        var timings = new List<double>();
        var cpuTimings = new List<double>();
        var process = Process.GetCurrentProcess();
        var entries = 0;
        for (var i = 0; i < calls + 3; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<LeaderboardService>();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var board = await service.GetAsync(workflow, includeAll: includeAll);
            watch.Stop();
            process.Refresh();
            entries = board!.Entries.Count;
            if (i >= 3)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
                cpuTimings.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }
        timings.Sort();
        cpuTimings.Sort();
        // CPU time is printed too: on a shared, busy machine wall-clock time mostly measures the neighbours.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"includeAll={includeAll,-5}: {entries,7:N0} entries, median {Percentile(timings, 0.5):F1} ms, p95 {Percentile(timings, 0.95):F1} ms"
            + $" (CPU median {Percentile(cpuTimings, 0.5):F1} ms, p95 {Percentile(cpuTimings, 0.95):F1} ms) over {calls} calls"));
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(directory, recursive: true);
}

static double Percentile(List<double> sorted, double fraction) =>
    sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
