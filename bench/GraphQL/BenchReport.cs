using System.Runtime.InteropServices;

namespace Flowserv.Bench.GraphQL;

/// <summary>The report, in bench.mjs's JSON shape.</summary>
internal sealed class BenchReport(BenchOptions options)
{
    private readonly List<Measurement> results = [];
    private readonly List<object> documents = [];

    public void Add(DocumentResult result)
    {
        results.AddRange(result.Measurements);
        documents.Add(new
        {
            document = result.Measurements[0].Document,
            resultBytes = result.ResultBytes,
            resultSha256 = result.ResultSha256,
        });
    }

    public object ToJson() => new
    {
        engine = "Flowserv.GraphQL",
        runtime = RuntimeInformation.FrameworkDescription,
        platform = RuntimeInformation.RuntimeIdentifier,
        cpus = Environment.ProcessorCount,
        timeMs = options.TimeMs,
        warmupMs = options.WarmupMs,
        results = results.Select(measurement => new
        {
            document = measurement.Document,
            phase = measurement.Phase,
            iterations = measurement.Iterations,
            totalMs = measurement.TotalMs,
            opsPerSec = measurement.OpsPerSec,
            meanUs = measurement.MeanUs,
        }),
        documents,
    };
}
