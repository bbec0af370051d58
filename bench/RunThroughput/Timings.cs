using System.Globalization;

namespace Flowserv.Bench.RunThroughput;

/// <summary>Milliseconds of repeated measurements, summarised.</summary>
internal sealed class Timings(string label)
{
    private readonly List<double> values = [];

    public void Add(double milliseconds) => values.Add(milliseconds);

    public double Mean => values.Average();

    public double Percentile(double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{label,-34} mean {Mean,8:F2} ms   p50 {Percentile(0.5),8:F2} ms   p95 {Percentile(0.95),8:F2} ms");
}
