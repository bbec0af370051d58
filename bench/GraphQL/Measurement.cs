using System.Diagnostics;

namespace Flowserv.Bench.GraphQL;

internal sealed record Measurement(string Document, string Phase, long Iterations, double TotalMs, double OpsPerSec, double MeanUs)
{
    /// <summary>
    /// bench.mjs's loop: warm up for a minimum time and number of runs (so the JIT has optimized even slow
    /// documents), then double the batch until a twentieth of the time has passed.
    /// </summary>
    public static Measurement Of(string document, string phase, BenchOptions options, Action operation)
    {
        var warmup = Stopwatch.StartNew();
        for (var runs = 0; runs < options.WarmupRuns || warmup.Elapsed.TotalMilliseconds < options.WarmupMs; runs++)
        {
            operation();
        }

        long iterations = 0;
        long batch = 1;
        var clock = Stopwatch.StartNew();
        double elapsed = 0;
        while (elapsed < options.TimeMs)
        {
            for (var i = 0; i < batch; i++)
            {
                operation();
            }

            iterations += batch;
            elapsed = clock.Elapsed.TotalMilliseconds;
            if (elapsed < options.TimeMs / 20)
            {
                batch *= 2;
            }
        }

        return new Measurement(
            document,
            phase,
            iterations,
            Math.Round(elapsed, 3),
            Math.Round(iterations * 1000 / elapsed, 1),
            Math.Round(elapsed * 1000 / iterations, 3));
    }
}
