using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class ResultFileParserTests
{
    private static readonly ResultSchema Schema = new(
        "results/results.json",
        [
            new ResultColumn("mean_accuracy", "Accuracy", ResultType.Float, "accuracy/mean"),
            new ResultColumn("count", "Count", ResultType.Int),
            new ResultColumn("note", "Note", ResultType.String, Required: false),
        ],
        []);

    private static IReadOnlyDictionary<string, object?> Parse(string fileName, string content)
    {
        using var folder = new TempFolder();
        return Schema.ReadResults(folder.Write(fileName, content));
    }

    private static string Error(string content) =>
        Assert.Throws<ResultFileException>(() => Parse("results.json", content)).Message;

    [Fact]
    public void ReadsTypedValuesAlongPaths()
    {
        var values = Parse("results.json", """{"accuracy": {"mean": 0.9, "std": 0.1}, "count": 12, "note": "ok"}""");
        Assert.Equal(new Dictionary<string, object?> { ["mean_accuracy"] = 0.9, ["count"] = 12L, ["note"] = "ok" }, values);
        Assert.IsType<long>(values["count"]);
    }

    [Fact]
    public void CastsLikeFlowserv()
    {
        var values = Parse("results.json", """{"accuracy": {"mean": 1}, "count": "7", "note": 3.5}""");
        Assert.Equal(new Dictionary<string, object?> { ["mean_accuracy"] = 1.0, ["count"] = 7L, ["note"] = "3.5" }, values);
        Assert.IsType<double>(values["mean_accuracy"]);
    }

    [Fact]
    public void MissingOptionalValuesAreNull() =>
        Assert.Null(Parse("results.json", """{"accuracy": {"mean": 0.5}, "count": 1}""")["note"]);

    [Fact]
    public void YamlResultFilesAreSupported() =>
        Assert.Equal(0.25, Parse("results.yaml", "accuracy:\n  mean: 0.25\ncount: 2\n")["mean_accuracy"]);

    [Theory]
    [InlineData("""{"count": 1}""", "missing value for 'mean_accuracy'")]
    [InlineData("""{"accuracy": 0.5, "count": 1}""", "missing value for 'mean_accuracy'")]
    [InlineData("""{"accuracy": {"mean": null}, "count": 1}""", "missing value for 'mean_accuracy'")]
    [InlineData("""{"accuracy": {"mean": "high"}, "count": 1}""", "invalid value 'high' for 'mean_accuracy' (expected float)")]
    [InlineData("""{"accuracy": {"mean": 1}, "count": 1.5}""", "invalid value '1.5' for 'count' (expected int)")]
    [InlineData("""{"accuracy": {"mean": 1}, "count": true}""", "invalid value 'True' for 'count' (expected int)")]
    public void InvalidValuesAreReported(string content, string message) => Assert.Equal(message, Error(content));

    [Fact]
    public void UnreadableFilesAreReported()
    {
        Assert.StartsWith("invalid result file 'results/results.json': invalid JSON", Error("{not json"), StringComparison.Ordinal);
        using var folder = new TempFolder();
        Assert.Equal("result file 'results/results.json' not found or unreadable",
            Assert.Throws<ResultFileException>(() => Schema.ReadResults(Path.Combine(folder.Path, "none.json"))).Message);
    }

    [Fact]
    public void ErrorsCarryTheInvalidResultCode() =>
        Assert.Equal("INVALID_RESULT", Assert.Throws<ResultFileException>(() => Parse("results.json", "{}")).Code);
}
