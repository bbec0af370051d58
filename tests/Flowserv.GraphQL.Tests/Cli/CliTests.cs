using System.Diagnostics;
using System.Text.Json;

namespace Flowserv.GraphQL.Tests.Cli;

/// <summary>The command-line tool as a user runs it: exit codes and JSON on standard output.</summary>
public sealed class CliTests : IDisposable
{
    private const string Sdl = """
        type Query {
          hello(name: String = "world"): String
          pets: [Pet!]!
        }

        interface Pet { name: String! }
        type Dog implements Pet { name: String! barks: Boolean! }
        type Cat implements Pet { name: String! lives: Int! }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("flowserv-cli-").FullName;

    [Fact]
    public void Validate_exits_0_and_prints_no_errors_for_a_valid_document()
    {
        var result = Run("validate", "--schema", Write("schema.graphql", Sdl), Write("ok.graphql", "{ hello(name: \"x\") }"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""{"errors":[]}""", result.Stdout.Trim());
    }

    [Fact]
    public void Validate_exits_1_with_graphql_errors_for_an_invalid_document()
    {
        var result = Run("validate", "--schema", Write("schema.graphql", Sdl), Write("bad.graphql", "{\n  hello(nope: 1)\n  pets\n}"));

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("Unknown argument \"nope\" on field \"Query.hello\". Did you mean \"name\"?", errors[0].GetProperty("message").GetString());
        Assert.Equal(2, errors[0].GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(9, errors[0].GetProperty("locations")[0].GetProperty("column").GetInt32());
        Assert.Equal("ArgumentNames", errors[0].GetProperty("extensions").GetProperty("rule").GetString());
        Assert.Equal("Field \"pets\" of type \"[Pet!]!\" must have a selection of subfields. Did you mean \"pets { ... }\"?", errors[1].GetProperty("message").GetString());
    }

    [Fact]
    public void Validate_reports_syntax_errors_with_their_location()
    {
        var result = Run("validate", "--schema", Write("schema.graphql", Sdl), Write("broken.graphql", "{ hello("));

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.StartsWith("Syntax Error:", error.GetProperty("message").GetString());
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public void Validate_prints_one_line_per_document_for_several()
    {
        var result = Run("validate", "--schema", Write("schema.graphql", Sdl), Write("a.graphql", "{ hello }"), Write("b.graphql", "{ nope }"));

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("a.graphql", lines[0]);
        Assert.Contains("\"errors\":[]", lines[0]);
        Assert.Contains("Cannot query field \\\"nope\\\" on type \\\"Query\\\".", lines[1]);
    }

    [Fact]
    public void An_invalid_schema_exits_2_and_says_why()
    {
        var result = Run("validate", "--schema", Write("schema.graphql", "type Query { a: Missing }"), Write("q.graphql", "{ a }"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown type \"Missing\".", result.Stderr);
    }

    [Fact]
    public void Execute_runs_against_json_root_data()
    {
        var data = Write("data.json", """{"hello":"hi","pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}""");
        var query = Write("q.graphql", "query Pets($withLives: Boolean!) { hello pets { name ... on Dog { barks } ... on Cat { lives @include(if: $withLives) } } }");
        var variables = Write("vars.json", """{"withLives":true}""");

        var result = Run("execute", "--schema", Write("schema.graphql", Sdl), "--data", data, "--variables", variables, query);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(
            """{"data":{"hello":"hi","pets":[{"name":"Rex","barks":true},{"name":"Tom","lives":9}]}}""",
            JsonSerializer.Serialize(json.RootElement));
    }

    [Fact]
    public void Execute_exits_1_when_the_response_has_errors()
    {
        var result = Run("execute", "--schema", Write("schema.graphql", Sdl), "--data", Write("data.json", """{"pets":null}"""), Write("q.graphql", "{ pets { name } }"));

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").ValueKind);
        Assert.Equal("Cannot return null for non-nullable field Query.pets.", json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Print_formats_the_schema_and_documents_canonically()
    {
        var schema = Run("print", "--schema", Write("schema.graphql", Sdl));
        var document = Run("print", Write("q.graphql", "query   { hello(name:\"x\")   pets{name} }"));

        Assert.Equal(0, schema.ExitCode);
        Assert.Contains("type Dog implements Pet {\n  name: String!\n  barks: Boolean!\n}", schema.Stdout);
        Assert.Equal("{\n  hello(name: \"x\")\n  pets {\n    name\n  }\n}", document.Stdout.Trim());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static CliResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "flowserv-graphql.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private sealed record CliResult(int ExitCode, string Stdout, string Stderr);
}
