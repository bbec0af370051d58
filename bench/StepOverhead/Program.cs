using System.Diagnostics;
using System.Globalization;
using Flowserv.Engine.Execution.Processes;

// Runs `true` N times through ProcessRunner (setsid + /bin/sh -c, piped output, group clean-up) and N times
// as a bare Process.Start("/bin/true"), alternating the two so that load changes on a shared machine hit
// both alike. Prints the mean and median of each and the runner's overhead per run.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
const int WarmUp = 10;

var runner = new ProcessRunner(new ProcessRunnerOptions(), TimeProvider.System);
var command = new ProcessCommand("true", Environment.CurrentDirectory);
var direct = new List<double>(runs);
var throughRunner = new List<double>(runs);

for (var i = -WarmUp; i < runs; i++)
{
    var spawn = await TimeAsync(SpawnTrueAsync);
    var step = await TimeAsync(() => runner.RunAsync(command, onOutput: null, CancellationToken.None));
    if (i >= 0)
    {
        direct.Add(spawn);
        throughRunner.Add(step);
    }
}

Console.WriteLine(FormattableString.Invariant($"runs: {runs} each (after {WarmUp} warm-up runs), interleaved"));
Print("Process.Start(\"/bin/true\")", direct);
Print("ProcessRunner \"true\"", throughRunner);
Console.WriteLine(FormattableString.Invariant(
    $"overhead per run: {throughRunner.Average() - direct.Average():F3} ms (mean), {Median(throughRunner) - Median(direct):F3} ms (median)"));

static async Task SpawnTrueAsync()
{
    using var process = Process.Start(new ProcessStartInfo("/bin/true") { UseShellExecute = false })!;
    await process.WaitForExitAsync();
}

static async Task<double> TimeAsync(Func<Task> action)
{
    var started = Stopwatch.GetTimestamp();
    await action();
    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static void Print(string label, List<double> values) =>
    Console.WriteLine(FormattableString.Invariant($"{label,-28} mean {values.Average(),8:F3} ms   median {Median(values),8:F3} ms"));
