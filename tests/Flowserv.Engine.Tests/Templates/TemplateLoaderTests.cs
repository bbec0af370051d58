using Flowserv.Engine.Errors;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class TemplateLoaderTests
{
    [Fact]
    public void WorkflowIsMandatory() =>
        Assert.Equal("missing element 'workflow'", Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml("parameters: []")).Message);

    [Fact]
    public void UnknownTopLevelKeysAreIgnored() =>
        Assert.Equal("run", Assert.Single(TemplateLoader.FromYaml(TemplateText.Workflow + "extra: {anything: 1}\n" + "parameters:\n" + TemplateText.Greeting).Workflow.Steps).Name);

    [Fact]
    public void UndeclaredReferencesAreRejected()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml(TemplateText.Workflow));
        Assert.Equal(("INVALID_TEMPLATE", "unknown parameter 'greeting' referenced in workflow"), (error.Code, error.Message));
        var embedded = TemplateText.WithParameters(TemplateText.Greeting).Replace("code/run.py]", "code/run.py, 'x-$[[noparameter ? a : b]]']", StringComparison.Ordinal);
        Assert.Equal("unknown parameter 'noparameter' referenced in workflow", Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml(embedded)).Message);
    }

    [Fact]
    public void JsonTemplatesLoadLikeYaml()
    {
        var json = """
            {
              "workflow": {
                "parameters": {"n": "$[[n]]"},
                "steps": [{"name": "s", "action": {"environment": "x", "commands": ["echo ${n}"]}}]
              },
              "parameters": [{"name": "n", "dtype": "int", "defaultValue": 3}]
            }
            """;
        var template = TemplateLoader.FromJson(json);
        Assert.Equal(["echo 3"], ((ContainerAction)template.GetSteps(Args.None)[0].Action).Commands);
        Assert.Equal(3L, template.Parameters.Find("n")!.DefaultValue);
    }

    [Fact]
    public void FilesAreReadByTheirSuffix()
    {
        using var folder = new TempFolder();
        var yamlPath = folder.Write("benchmark.yaml", TemplateText.WithParameters(TemplateText.Greeting));
        var jsonPath = folder.Write("benchmark.json", TemplateLoader.LoadFile(yamlPath).ToJson());
        var fromJson = TemplateLoader.LoadFile(jsonPath);
        Assert.Equal(["results/out.txt"], fromJson.Workflow.OutputFiles);
        Assert.Equal("Hello", fromJson.Parameters.Find("greeting")!.DefaultValue);
        Assert.Equal("template file 'missing.yaml' not found",
            Assert.Throws<TemplateException>(() => TemplateLoader.LoadFile(Path.Combine(folder.Path, "missing.yaml"))).Message);
    }

    [Fact]
    public void ToJsonRoundTrips()
    {
        var yaml = TemplateText.WithParameters(TemplateText.Greeting + "\n    - {name: limit, dtype: float, defaultValue: .inf, range: '[0,]'}");
        var template = TemplateLoader.FromYaml(yaml);
        var copy = TemplateLoader.FromJson(template.ToJson());
        Assert.Equal(template.ToJson(), copy.ToJson());
        var limit = copy.Parameters.Find("limit")!;
        Assert.Equal(double.PositiveInfinity, limit.Cast(limit.DefaultValue));
    }

    [Fact]
    public void YamlIncludesResolveRelativeToTheIncludingFile()
    {
        using var folder = new TempFolder();
        folder.Write("parameters/para1.yaml", "name: names\nlabel: 'Input file'\ndtype: file\ntarget: data/names.txt\n");
        folder.Write("parameters/para2.yaml", "name: sleeptime\nlabel: 'Sleep time (s)'\ndtype: int\ndefaultValue: !include ../defaults/sleep.yaml\n");
        folder.Write("defaults/sleep.yaml", "10\n");
        var path = folder.Write("template.yaml", """
            workflow:
                steps:
                - name: s
                  action: {environment: x, commands: ['sleep ${t}']}
            parameters:
                - !include parameters/para1.yaml
                - !include parameters/para2.yaml
            """);
        var parameters = TemplateLoader.LoadFile(path).Parameters;
        Assert.Equal(["names", "sleeptime"], parameters.Select(parameter => parameter.Name));
        Assert.Equal(("Input file", "data/names.txt"), (parameters.Find("names")!.Label, parameters.Find("names")!.Target));
        Assert.Equal(("Sleep time (s)", 10L), (parameters.Find("sleeptime")!.Label, parameters.Find("sleeptime")!.DefaultValue));
    }

    [Fact]
    public void IncludesMayNotLeaveTheTemplateFolder()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        outside.Write("secret.yaml", "name: secret\ndtype: string\n");
        var relative = Path.GetRelativePath(folder.Path, Path.Combine(outside.Path, "secret.yaml"));
        var path = folder.Write("template.yaml", $"workflow: {{steps: [{{name: s, action: {{environment: x, commands: [ls]}}}}]}}\nparameters:\n- !include {relative}\n");
        var error = Assert.Throws<ConstraintViolationException>(() => TemplateLoader.LoadFile(path));
        Assert.Equal((ErrorCodes.InvalidPath, $"invalid path '{relative}'"), (error.Code, error.Message));
        var absolute = folder.Write("absolute.yaml", $"workflow: !include {Path.Combine(outside.Path, "secret.yaml")}\n");
        Assert.Equal(ErrorCodes.InvalidPath, Assert.Throws<ConstraintViolationException>(() => TemplateLoader.LoadFile(absolute)).Code);
    }

    [Fact]
    public void IncludeErrorsAreReported()
    {
        using var folder = new TempFolder();
        var missing = folder.Write("missing.yaml", "workflow: !include nothere.yaml\n");
        Assert.Equal("included file 'nothere.yaml' not found (in 'missing.yaml')", Assert.Throws<TemplateException>(() => TemplateLoader.LoadFile(missing)).Message);
        var loop = folder.Write("loop.yaml", "workflow: !include loop.yaml\n");
        Assert.Equal("too many nested includes in 'loop.yaml'", Assert.Throws<TemplateException>(() => TemplateLoader.LoadFile(loop)).Message);
        Assert.Equal("!include is not supported in document", Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml("workflow: !include a.yaml")).Message);
    }

    [Theory]
    [InlineData("workflow: [unclosed", "invalid YAML in document (line 2): While parsing a flow sequence, did not find expected ',' or ']'.")]
    [InlineData("a: 1\na: 2", "invalid YAML in document (line 2): Duplicate key")]
    public void YamlSyntaxErrorsNameTheLine(string yaml, string messageStart) =>
        Assert.StartsWith(messageStart, Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml(yaml)).Message, StringComparison.Ordinal);

    [Fact]
    public void AliasBombsAreStopped()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        lines.AddRange(Enumerable.Range(1, 7).Select(level => $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]"));
        Assert.Equal("invalid YAML in document: more than 1000000 values",
            Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml(string.Join('\n', lines))).Message);
    }

    [Fact]
    public void NonScalarKeysAreRejected() =>
        Assert.Equal("invalid YAML in document (line 1): keys must be scalars",
            Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml("? [a, b]\n: 1\n")).Message);

    [Fact]
    public void JsonSyntaxErrorsAreTemplateErrors() =>
        Assert.StartsWith("invalid JSON in template:", Assert.Throws<TemplateException>(() => TemplateLoader.FromJson("{\"workflow\": ")).Message, StringComparison.Ordinal);

    [Fact]
    public void YamlScalarsResolveLikePyYaml()
    {
        var yaml = TemplateText.Workflow + """
            extra:
                a: yes
                b: Off
                c: 0x1F
                d: 1e5
                e: 1.5e3
                f: ~
                g: '10'
                h: 010
                i: -.inf
            """;
        var extra = (IReadOnlyDictionary<string, object?>)TemplateLoader.FromYaml(yaml.Replace("$[[greeting]]", "hi", StringComparison.Ordinal)).Document["extra"]!;
        Assert.Equal<object?>([true, false, 31L, "1e5", 1500.0, null, "10", 8L, double.NegativeInfinity], extra.Values.ToList());
    }

    [Fact]
    public void OutputsAreParsedStrictly()
    {
        var yaml = TemplateText.WithParameters(TemplateText.Greeting) + """
            outputs:
                - source: results/greetings.txt
                  key: greetings
                  title: Greetings
                  caption: Saying hello
                  format: {type: plaintext}
                  widget: TextView
                - source: results/analytics.json
            """;
        var template = TemplateLoader.FromYaml(yaml);
        Assert.Equal(
            [("results/greetings.txt", "greetings", "Greetings", "Saying hello", "TextView"), ("results/analytics.json", "results/analytics.json", null, null, null)],
            template.Outputs.Select(output => (output.Source, output.Key, output.Title, output.Caption, (string?)output.Widget)));
        Assert.Equal(template.Outputs, template.RetainedOutputs);
        Assert.Equal("unknown element 'color' in output #1",
            Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml(TemplateText.WithParameters(TemplateText.Greeting) + "outputs:\n    - {source: a, color: red}\n")).Message);
        Assert.Equal("missing element 'source' in output #1",
            Assert.Throws<TemplateException>(() => TemplateLoader.FromYaml(TemplateText.WithParameters(TemplateText.Greeting) + "outputs:\n    - {key: a}\n")).Message);
    }

    [Fact]
    public void WithoutOutputsTheWorkflowOutputFilesAreRetained() =>
        Assert.Equal([new OutputFileSpec("results/out.txt", "results/out.txt")], TemplateLoader.FromYaml(TemplateText.WithParameters(TemplateText.Greeting)).RetainedOutputs);
}
