using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class CommandSubstitutionTests
{
    private static readonly IReadOnlyDictionary<string, string> NoVariables = new Dictionary<string, string>();

    [Fact]
    public void FlowservContainerWorkerExample()
    {
        var context = Args.Of(("run", "my_model.py"), ("me", 1L));
        Assert.Equal("python my_model.py 1", CommandSubstitution.Substitute("${python} $run $me", context, NoVariables));
    }

    [Fact]
    public void WorkerVariablesOverrideTheContext()
    {
        var context = Args.Of(("run", "my_model.py"), ("me", 1L));
        var variables = new Dictionary<string, string> { ["run"] = "static.py" };
        Assert.Equal("python static.py 1", CommandSubstitution.Substitute("${python} $run $me", context, variables));
    }

    [Fact]
    public void PythonIsConfigurableAndDefaultsToPython3()
    {
        var context = Args.Of(("python", "ignored"));
        Assert.Equal("python3 x.py", CommandSubstitution.Substitute("${python} x.py", context, WorkerVariables.Default));
        Assert.Equal("/opt/py/bin/python x.py", CommandSubstitution.Substitute(
            "${python} x.py", context, WorkerVariables.With(new Dictionary<string, string> { ["python"] = "/opt/py/bin/python" })));
    }

    [Theory]
    [InlineData("echo $$HOME", "echo $HOME")]
    [InlineData("cost: $$5", "cost: $5")]
    [InlineData("$greeting$greeting", "HiHi")]
    [InlineData("${greeting}s", "His")]
    [InlineData("$greeting.txt", "Hi.txt")]
    [InlineData("$unknown and ${other}", "unknown and other")]
    [InlineData("  padded ${greeting}  ", "padded Hi")]
    public void TemplateStringRules(string command, string expected) =>
        Assert.Equal(expected, CommandSubstitution.Substitute(command, Args.Of(("greeting", "Hi")), NoVariables));

    [Fact]
    public void ValuesRenderAsPythonStr()
    {
        var context = Args.Of(
            ("flag", true), ("count", 3L), ("rate", 0.1), ("wait", 10.0), ("limit", double.PositiveInfinity),
            ("file", new InputFile("f1", "data/names.txt")), ("items", new List<object?> { "a", 1L }));
        Assert.Equal(
            "True 3 0.1 10.0 inf data/names.txt ['a', 1]",
            CommandSubstitution.Substitute("$flag $count $rate $wait $limit $file $items", context, NoVariables));
    }

    [Theory]
    [InlineData("awk '{print $1}'", "invalid placeholder at position 13 in command 'awk '{print $1}'' (write $$ for a literal $)")]
    [InlineData("echo ${a", "invalid placeholder at position 6 in command 'echo ${a' (write $$ for a literal $)")]
    [InlineData("echo $", "invalid placeholder at position 6 in command 'echo $' (write $$ for a literal $)")]
    public void MalformedPlaceholdersAreErrors(string command, string message)
    {
        Assert.Equal(message, Assert.Throws<TemplateException>(() => CommandSubstitution.Substitute(command, Args.None, NoVariables)).Message);
        Assert.Equal(message, Assert.Throws<TemplateException>(() => CommandSubstitution.Validate(command)).Message);
    }
}
