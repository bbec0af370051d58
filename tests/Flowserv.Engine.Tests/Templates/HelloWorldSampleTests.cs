using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

/// <summary>The shipped Hello World benchmark (engine/Samples/HelloWorld, copied to the output folder).</summary>
public class HelloWorldSampleTests
{
    private static readonly string SourceDir = Path.Combine(AppContext.BaseDirectory, "Samples", "HelloWorld");

    private static readonly IEqualityComparer<WorkflowStep> StepComparer = EqualityComparer<WorkflowStep>.Create(
        (x, y) => x!.Name == y!.Name && ((ContainerAction)x.Action).Commands.SequenceEqual(((ContainerAction)y.Action).Commands),
        step => step.Name.GetHashCode(StringComparison.Ordinal));

    private static WorkflowManifest Load() => ManifestLoader.Load(SourceDir);

    [Fact]
    public void ManifestDescribesTheBenchmark()
    {
        var manifest = Load();
        Assert.Equal(("Hello World Demo", "Hello World Demo for ROB"), (manifest.Name, manifest.Description));
        Assert.StartsWith("# Hello World", manifest.Instructions, StringComparison.Ordinal);
        Assert.Equal(
            ["code/analyze.py", "code/helloworld.py", "code/postproc.py", "data/names.txt", "instructions.md"],
            manifest.Files.Select(file => file.TargetPath).Order(StringComparer.Ordinal));
        Assert.Equal("Alice\nBob\n", File.ReadAllText(manifest.Files.Single(file => file.TargetPath == "data/names.txt").SourcePath));
    }

    [Fact]
    public void DeclaresNamesSleepTimeAndGreeting()
    {
        var parameters = Load().Template.Parameters;
        Assert.Equal(
            [("names", ParameterType.File, "Names File", true), ("sleeptime", ParameterType.Float, "Sleep for (sec.)", false), ("greeting", ParameterType.String, "Greeting", false)],
            parameters.Select(parameter => (parameter.Name, parameter.Type, parameter.Label!, parameter.IsRequired)));
        Assert.Equal("data/names.txt", parameters.Find("names")!.Target);
        Assert.Equal((10L, "Hello"), (parameters.Find("sleeptime")!.DefaultValue, parameters.Find("greeting")!.DefaultValue));
    }

    [Fact]
    public void ExpandsToTwoPythonSteps()
    {
        var template = Load().Template;
        var arguments = template.CastArguments(Args.Of(("names", new FileArgument("f1")), ("sleeptime", "0.5"), ("greeting", "Hey there")));
        var steps = template.GetSteps(arguments);
        Assert.Equal(steps, template.GetSteps(Args.Of(("names", new FileArgument("f1")), ("sleeptime", "0.5"), ("greeting", "Hey there"))), StepComparer);
        Assert.Equal(["say_hello", "analyze"], steps.Select(step => step.Name));
        Assert.Equal(
            ["python3 code/helloworld.py --inputfile \"data/names.txt\" --outputfile \"results/greetings.txt\" --sleeptime 0.5 --greeting \"Hey there\""],
            ((ContainerAction)steps[0].Action).Commands);
        Assert.Equal(
            ["python3 code/analyze.py --inputfile \"results/greetings.txt\" --outputfile results/analytics.json"],
            ((ContainerAction)steps[1].Action).Commands);
        Assert.Equal(["code/helloworld.py", "data/names.txt"], steps[0].InputFiles);
    }

    [Fact]
    public void DefaultsApplyWhenOnlyTheNamesFileIsGiven()
    {
        var steps = Load().Template.GetSteps(Args.Of(("names", new FileArgument("f1", "in/names.txt"))));
        Assert.Equal(
            "python3 code/helloworld.py --inputfile \"in/names.txt\" --outputfile \"results/greetings.txt\" --sleeptime 10.0 --greeting \"Hello\"",
            ((ContainerAction)steps[0].Action).Commands[0]);
    }

    [Fact]
    public void RejectsBadArguments()
    {
        var template = Load().Template;
        Assert.Equal("missing argument 'names'", Assert.Throws<ArgumentValueException>(() => template.CastArguments(Args.None)).Message);
        Assert.Equal("invalid argument 'sleeptime': -1.0 not in [0,)",
            Assert.Throws<ArgumentValueException>(() => template.CastArguments(Args.Of(("names", new FileArgument("f1")), ("sleeptime", -1L)))).Message);
    }

    [Fact]
    public void IsABenchmarkWithLeaderboardOrder()
    {
        var template = Load().Template;
        var schema = template.ResultSchema!;
        Assert.Equal("results/analytics.json", schema.File);
        Assert.Equal(["avg_count", "max_len", "max_line"], schema.Columns.Select(column => column.Name));
        Assert.Equal([new SortColumn("avg_count", true), new SortColumn("max_len", false)], schema.DefaultOrder);
        Assert.Equal(["results/greetings.txt", "results/analytics.json"], template.RetainedOutputs.Select(output => output.Key));
    }

    [Fact]
    public void ParsesTheResultFileTheAnalyticsStepWrites()
    {
        using var folder = new TempFolder();
        var file = folder.Write("analytics.json", """{"avg_count": 11.5, "max_len": 12, "max_line": "Hello Alice!"}""");
        Assert.Equal(
            new Dictionary<string, object?> { ["avg_count"] = 11.5, ["max_len"] = 12.0, ["max_line"] = "Hello Alice!" },
            Load().Template.ResultSchema!.ReadResults(file));
    }

    [Fact]
    public void PostProcessingComparesTheRankedRuns()
    {
        var postproc = Load().Template.PostProcessing!;
        Assert.Equal(["results/analytics.json"], postproc.InputFiles);
        Assert.Equal("runs/runs.json", postproc.RunsIndexPath);
        var step = Assert.Single(postproc.GetSteps());
        Assert.Equal(["python3 code/postproc.py --runs \"runs\" --outputfile results/compare.json"], ((ContainerAction)step.Action).Commands);
        Assert.Equal(["results/compare.json"], postproc.RetainedOutputs.Select(output => output.Key));
    }

    [Fact]
    public void DigestIsReproducible()
    {
        var manifest = Load();
        Assert.Equal(TemplateDigest.Compute(manifest.Files, manifest.Template), TemplateDigest.Compute(manifest.Files, Load().Template));
    }
}
