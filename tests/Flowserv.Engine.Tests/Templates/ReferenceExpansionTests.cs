using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class ReferenceExpansionTests
{
    private static readonly ParameterIndex Parameters = new(
    [
        new ParameterDeclaration { Name = "A", Type = ParameterType.Bool },
        new ParameterDeclaration { Name = "C", Type = ParameterType.Int },
        new ParameterDeclaration { Name = "names", Type = ParameterType.File, Target = "data/names.txt", IsRequired = true },
        new ParameterDeclaration { Name = "sleeptime", Type = ParameterType.Int, DefaultValue = "10" },
        new ParameterDeclaration { Name = "debug", Type = ParameterType.Bool, DefaultValue = true },
        new ParameterDeclaration { Name = "greeting", Type = ParameterType.String },
    ]);

    private static object? Expand(string text, IReadOnlyDictionary<string, object?> arguments) =>
        new ReferenceExpander(Parameters, arguments).Expand(text);

    public static TheoryData<string, object?, object?> FlowservConditionals => new()
    {
        { "$[[A ? xyz : abc]]", true, "xyz" },
        { "$[[A ? xyz : abc]]", "true", "xyz" },
        { "$[[A ? xyz : abc]]", "TRUE", "xyz" },
        { "$[[A ? xyz : abc]]", false, "abc" },
        { "$[[A ? xyz : abc]]", 1L, "abc" },
        { "$[[A?x]]", true, "x" },
        { "$[[A ? --verbose : ]]", false, "" },
    };

    [Theory]
    [MemberData(nameof(FlowservConditionals))]
    public void ConditionalsFollowFlowserv(string expression, object? flag, object? expected) =>
        Assert.Equal(expected, Expand(expression, Args.Of(("A", flag))));

    [Fact]
    public void ConditionalWithoutElseBranchIsNull() => Assert.Null(Expand("$[[C?x]]", Args.Of(("C", 1L))));

    [Fact]
    public void WholeReferenceKeepsTheTypedValue()
    {
        var file = new InputFile("f1", "data/names.txt");
        Assert.Same(file, Expand("$[[names]]", Args.Of(("names", file))));
        Assert.Equal(3L, Expand("$[[ C ]]", Args.Of(("C", 3L))));
    }

    [Fact]
    public void DefaultsAreCastAndUsedWhenTheArgumentIsAbsent()
    {
        Assert.Equal(10L, Expand("$[[sleeptime]]", Args.None));
        Assert.Equal("on", Expand("$[[debug ? on : off]]", Args.None));
    }

    [Fact]
    public void MissingArgumentsWithoutDefaultAreErrors()
    {
        var error = Assert.Throws<ArgumentValueException>(() => Expand("$[[names]]", Args.None));
        Assert.Equal(("names", "missing argument 'names'"), (error.ParameterName, error.Message));
        Assert.Equal("missing argument 'A'", Assert.Throws<ArgumentValueException>(() => Expand("$[[A ? x : y]]", Args.None)).Message);
    }

    [Fact]
    public void EmbeddedReferencesAreSubstitutedAsText()
    {
        var arguments = Args.Of(("names", new InputFile("f1", "in/names.txt")), ("A", true), ("C", 2L));
        Assert.Equal("--input in/names.txt --sleep 10 -v", Expand("--input $[[names]] --sleep $[[sleeptime]] $[[A ? -v : -q]]", arguments));
        Assert.Equal("x=; y=2", Expand("x=$[[C ? a]]; y=$[[C]]", arguments));
    }

    [Fact]
    public void ExpandsThroughListsAndObjects()
    {
        var spec = new Dictionary<string, object?>
        {
            ["inputs"] = new List<object?> { "code/", "$[[names]]" },
            ["nested"] = new Dictionary<string, object?> { ["wait"] = "$[[sleeptime]]", ["count"] = 3L },
        };
        var expanded = new ReferenceExpander(Parameters, Args.Of(("names", new InputFile("f1", "data/names.txt")))).Expand(spec);
        var map = Assert.IsType<Dictionary<string, object?>>(expanded);
        Assert.Equal(new List<object?> { "code/", new InputFile("f1", "data/names.txt") }, map["inputs"]);
        Assert.Equal(new Dictionary<string, object?> { ["wait"] = 10L, ["count"] = 3L }, map["nested"]);
    }

    [Fact]
    public void ParsesReferences()
    {
        Assert.Equal(new ParameterReference("flag", true, "a", "b ? c"), ParameterReference.Parse(" flag ?a: b ? c"));
        Assert.Equal(["x", "y"], ParameterReference.FindAll("$[[x]] and $[[ y ? 1 : 2 ]]").Select(reference => reference.Name));
        Assert.Null(ParameterReference.ParseWhole("$[[a]] and $[[b]]"));
        Assert.Null(ParameterReference.ParseWhole("prefix $[[a]]"));
    }
}
