using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class ResultSchemaTests
{
    private static ResultSchema? Parse(string results) =>
        TemplateLoader.FromYaml(TemplateText.WithParameters(TemplateText.Greeting) + "results:\n" + results).ResultSchema;

    private static string Error(string results) => Assert.Throws<TemplateException>(() => Parse(results)).Message;

    [Fact]
    public void ImplementedForm()
    {
        var schema = Parse("""
                file: results/results.json
                schema:
                    - name: mean_accuracy
                      label: Accuracy (mean)
                      path: accuracy/mean
                      dtype: float
                    - name: runs
                      label: Runs
                      dtype: int
                      required: false
                orderBy:
                    - name: runs
                      sortDesc: false
                    - name: mean_accuracy
            """)!;
        Assert.Equal("results/results.json", schema.File);
        Assert.Equal(
            [new ResultColumn("mean_accuracy", "Accuracy (mean)", ResultType.Float, "accuracy/mean", true), new ResultColumn("runs", "Runs", ResultType.Int, null, false)],
            schema.Columns);
        Assert.Equal(["accuracy", "mean"], schema.Columns[0].PathSegments);
        Assert.Equal([new SortColumn("runs", false), new SortColumn("mean_accuracy", true)], schema.DefaultOrder);
    }

    [Fact]
    public void DocumentedFormWithTypeDecimal()
    {
        var schema = Parse("""
                file: results/analytics.json
                schema:
                    - name: avg_count
                      label: 'Avg. Chars per Line'
                      type: decimal
                    - name: max_line
                      label: 'Longest Output'
                      type: string
                      required: False
            """)!;
        Assert.Equal([ResultType.Float, ResultType.String], schema.Columns.Select(column => column.Type));
        Assert.False(schema.Columns[1].Required);
        Assert.Empty(schema.OrderBy);
        Assert.Equal([new SortColumn("avg_count", true)], schema.DefaultOrder);
    }

    [Fact]
    public void TemplatesWithoutResultsAreNotBenchmarks() =>
        Assert.Null(TemplateLoader.FromYaml(TemplateText.WithParameters(TemplateText.Greeting)).ResultSchema);

    [Theory]
    [InlineData("    schema: [{name: a, dtype: int}]", "missing element 'file' in results")]
    [InlineData("    file: r.json", "missing element 'schema' in results")]
    [InlineData("    file: r.json\n    schema: [{name: a, dtype: int}]\n    sort: []", "unknown element 'sort' in results")]
    [InlineData("    file: r.json\n    schema: [{name: a, dtype: bool}]", "unknown data type 'bool' for result column 'a'")]
    [InlineData("    file: r.json\n    schema: [{name: a}]", "missing 'dtype' for result column 'a'")]
    [InlineData("    file: r.json\n    schema: [{label: A, dtype: int}]", "missing element 'name' in result column #1")]
    [InlineData("    file: r.json\n    schema: [{name: a, dtype: int, unit: s}]", "unknown element 'unit' in result column #1")]
    [InlineData("    file: r.json\n    schema: [{name: a, dtype: int}, {name: a, label: B, dtype: int}]", "duplicate column identifier 'a'")]
    [InlineData("    file: r.json\n    schema: [{name: a, label: X, dtype: int}, {name: b, label: X, dtype: int}]", "not unique column name 'X'")]
    [InlineData("    file: r.json\n    schema: [{name: a, dtype: int}]\n    orderBy: [{name: b}]", "unknown column 'b' in orderBy")]
    [InlineData("    file: r.json\n    schema: [{name: a, dtype: int}]\n    orderBy: [{name: a, desc: true}]", "unknown element 'desc' in orderBy item #1")]
    [InlineData("    file: r.json\n    schema: [{name: a, dtype: int, path: 'x//y'}]", "invalid path 'x//y' for result column 'a'")]
    [InlineData("    [a]", "invalid results: expected an object")]
    public void InvalidSchemasAreRejected(string results, string message) => Assert.Equal(message, Error(results));
}
