using System.Text.Json;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class ArgumentCasterTests
{
    private static readonly ParameterDeclaration Count = new() { Name = "count", Type = ParameterType.Int };
    private static readonly ParameterDeclaration Ratio = new() { Name = "ratio", Type = ParameterType.Float, Range = RangeConstraint.Parse("[0,1]") };
    private static readonly ParameterDeclaration Text = new() { Name = "text", Type = ParameterType.String };

    private static readonly ParameterDeclaration ImageType = new()
    {
        Name = "imageType",
        Type = ParameterType.Select,
        Values = [new SelectOption("Brightfield", "brightfield", true), new SelectOption("One", 1L, false)],
    };

    private static readonly ParameterDeclaration Names = new() { Name = "names", Type = ParameterType.File, Target = "data/names.txt" };

    private static string CastError(ParameterDeclaration parameter, object? value) =>
        Assert.Throws<ArgumentValueException>(() => parameter.Cast(value)).Message;

    [Theory]
    [InlineData(5L, 5L)]
    [InlineData(5, 5L)]
    [InlineData("5", 5L)]
    [InlineData(" -12 ", -12L)]
    [InlineData(7.0, 7L)]
    [InlineData("7.0", 7L)]
    public void IntAcceptsWholeNumbers(object value, long expected) => Assert.Equal(expected, Count.Cast(value));

    [Theory]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    public void IntAcceptsInfinityLikeFlowserv(object value, double expected) => Assert.Equal(expected, Count.Cast(value));

    [Theory]
    [InlineData("abc", "invalid argument 'count': no int 'abc'")]
    [InlineData(5.9, "invalid argument 'count': no int '5.9'")]
    [InlineData(true, "invalid argument 'count': no int 'True'")]
    [InlineData("", "invalid argument 'count': no int ''")]
    public void IntRejectsOtherValues(object value, string message) => Assert.Equal(message, CastError(Count, value));

    [Theory]
    [InlineData(0.75, 0.75)]
    [InlineData("0.5", 0.5)]
    [InlineData(1L, 1.0)]
    [InlineData("1e-1", 0.1)]
    public void FloatParsesNumbersWithinRange(object value, double expected) => Assert.Equal(expected, Ratio.Cast(value));

    [Theory]
    [InlineData(1.5, "invalid argument 'ratio': 1.5 not in [0,1]")]
    [InlineData(-1L, "invalid argument 'ratio': -1.0 not in [0,1]")]
    [InlineData("inf", "invalid argument 'ratio': inf not in [0,1]")]
    [InlineData("x", "invalid argument 'ratio': no float 'x'")]
    [InlineData(false, "invalid argument 'ratio': no float 'False'")]
    public void FloatRejectsOutOfRangeAndNonNumbers(object value, string message) => Assert.Equal(message, CastError(Ratio, value));

    [Fact]
    public void IntRangeIsChecked()
    {
        var bounded = Count with { Range = RangeConstraint.Parse("[0,10)") };
        Assert.Equal(9L, bounded.Cast(9L));
        Assert.Equal("invalid argument 'count': 10 not in [0,10)", CastError(bounded, 10L));
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData(3L, "3")]
    [InlineData(0.1, "0.1")]
    [InlineData(true, "True")]
    public void StringIsPythonStr(object value, string expected) => Assert.Equal(expected, Text.Cast(value));

    [Fact]
    public void SelectIsTypeSensitive()
    {
        Assert.Equal("brightfield", ImageType.Cast("brightfield"));
        Assert.Equal(1L, ImageType.Cast(1L));
        Assert.Equal(1L, ImageType.Cast(1.0));
        Assert.Equal("invalid argument 'imageType': unknown value '1'", CastError(ImageType, "1"));
        Assert.Equal("invalid argument 'imageType': unknown value 'phase'", CastError(ImageType, "phase"));
    }

    [Fact]
    public void FileTargetPrecedenceIsArgumentThenTargetThenDefault()
    {
        Assert.Equal(new InputFile("f1", "in/my.txt"), Names.Cast(new FileArgument("f1", "in/my.txt")));
        Assert.Equal(new InputFile("f1", "data/names.txt"), Names.Cast(new FileArgument("f1")));
        var withDefault = Names with { Target = null, DefaultValue = "data/default.txt" };
        Assert.Equal(new InputFile("f1", "data/default.txt"), withDefault.Cast(new FileArgument("f1")));
        var bare = Names with { Target = null };
        Assert.Equal("invalid argument 'names': missing target path", CastError(bare, new FileArgument("f1")));
    }

    [Fact]
    public void FileAcceptsJsonReferencesAndRendersAsTargetPath()
    {
        var plain = Names.Cast(new Dictionary<string, object?> { ["fileId"] = "f2", ["targetPath"] = "./x//y.txt" });
        Assert.Equal(new InputFile("f2", "x/y.txt"), plain);
        Assert.Equal("x/y.txt", plain!.ToString());
        var serialized = new Dictionary<string, object?> { ["type"] = "$file", ["value"] = new Dictionary<string, object?> { ["fileId"] = "f3" } };
        Assert.Equal(new InputFile("f3", "data/names.txt"), Names.Cast(serialized));
        using var json = JsonDocument.Parse("""{"fileId": "f4", "targetPath": "a.txt"}""");
        Assert.Equal(new InputFile("f4", "a.txt"), Names.Cast(json.RootElement));
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("data/../../x")]
    public void FileTargetsMayNotLeaveTheRunFolder(string target) =>
        Assert.Equal($"invalid argument 'names': invalid target path '{target}'", CastError(Names, new FileArgument("f1", target)));

    [Fact]
    public void FileRejectsNonReferences() =>
        Assert.Equal("invalid argument 'names': expected a file reference {fileId, targetPath}", CastError(Names, "f1"));

    [Fact]
    public void ListCastsEachElementAndPointsAtTheBadOne()
    {
        var list = new ParameterDeclaration { Name = "sizes", Type = ParameterType.List, Para = Count with { Name = "size" } };
        Assert.Equal(new List<object?> { 1L, 2L }, list.Cast(new object[] { "1", 2 }));
        var error = Assert.Throws<ArgumentValueException>(() => list.Cast(new object[] { 1L, "x" }));
        Assert.Equal("invalid argument 'sizes[1]': no int 'x'", error.Message);
        Assert.Equal("sizes", error.ParameterName);
        Assert.Equal("invalid argument 'sizes': invalid argument type: expected a list", CastError(list, "1,2"));
    }

    [Fact]
    public void RecordCastsFieldsAppliesDefaultsAndRejectsUnknownOrMissingFields()
    {
        var record = new ParameterDeclaration
        {
            Name = "point",
            Type = ParameterType.Record,
            Fields =
            [
                Count with { Name = "x", IsRequired = true },
                Count with { Name = "y", DefaultValue = "7" },
                Text with { Name = "label" },
            ],
        };
        var pairs = new List<object?> { new Dictionary<string, object?> { ["name"] = "x", ["value"] = "3" } };
        Assert.Equal(new Dictionary<string, object?> { ["x"] = 3L, ["y"] = 7L }, record.Cast(pairs));
        Assert.Equal(
            new Dictionary<string, object?> { ["x"] = 1L, ["y"] = 2L, ["label"] = "a" },
            record.Cast(new Dictionary<string, object?> { ["x"] = 1L, ["y"] = 2L, ["label"] = "a" }));
        Assert.Equal("invalid argument 'point': unknown field 'z'", CastError(record, new Dictionary<string, object?> { ["x"] = 1L, ["z"] = 1L }));
        Assert.Equal("invalid argument 'point': missing field 'x'", CastError(record, new Dictionary<string, object?> { ["y"] = 1L }));
        Assert.Equal("invalid argument 'point.x': no int 'a'", CastError(record, new Dictionary<string, object?> { ["x"] = "a" }));
        Assert.Equal("invalid argument 'point': invalid argument type: expected a list of {name, value}", CastError(record, new List<object?> { "x" }));
        Assert.Equal("invalid argument 'point': invalid argument type: expected a record", CastError(record, 5L));
    }

    [Fact]
    public void ActorTakesAStepSpecificationAndFiles()
    {
        var actor = new ParameterDeclaration { Name = "tagger", Type = ParameterType.Actor };
        var value = new Dictionary<string, object?>
        {
            ["spec"] = new Dictionary<string, object?> { ["environment"] = "python:3.9", ["commands"] = new List<object?> { "python my.py" } },
            ["files"] = new List<object?> { new Dictionary<string, object?> { ["fileId"] = "f1", ["targetPath"] = "code/my.py" } },
        };
        var cast = Assert.IsType<ActorValue>(actor.Cast(value));
        var container = Assert.IsType<ContainerAction>(cast.Spec);
        Assert.Equal("python:3.9", container.Image);
        Assert.Equal(["python my.py"], container.Commands);
        Assert.Equal([new InputFile("f1", "code/my.py")], cast.Files);
    }

    [Fact]
    public void ActorAcceptsBareAndLegacyActionsAsFoundInTemplateDefaults()
    {
        var actor = new ParameterDeclaration { Name = "preproc", Type = ParameterType.Actor };
        var legacy = new List<object?> { "container", new Dictionary<string, object?> { ["image"] = "toptagger:1.0", ["commands"] = new List<object?> { "python pre.py" } } };
        Assert.Equal("toptagger:1.0", ((ContainerAction)((ActorValue)actor.Cast(legacy)!).Spec).Image);
        var bare = new Dictionary<string, object?> { ["environment"] = "alpine", ["commands"] = new List<object?> { "ls" } };
        Assert.Equal(["ls"], ((ContainerAction)((ActorValue)actor.Cast(bare)!).Spec).Commands);
    }

    [Fact]
    public void ActorRejectsValuesThatAreNotSteps()
    {
        var actor = new ParameterDeclaration { Name = "tagger", Type = ParameterType.Actor };
        Assert.Equal("invalid argument 'tagger': invalid actor value 'run'", CastError(actor, "run"));
        Assert.Equal(
            "invalid argument 'tagger': invalid actor value: invalid action specification '{'commands': ['ls']}' in actor 'tagger'",
            CastError(actor, new Dictionary<string, object?> { ["spec"] = new Dictionary<string, object?> { ["commands"] = new List<object?> { "ls" } } }));
        var noTarget = new Dictionary<string, object?>
        {
            ["spec"] = new Dictionary<string, object?> { ["environment"] = "x", ["commands"] = new List<object?> { "ls" } },
            ["files"] = new List<object?> { new Dictionary<string, object?> { ["fileId"] = "f1" } },
        };
        Assert.Equal("invalid argument 'tagger.files[0]': missing target path", CastError(actor, noTarget));
    }

    [Fact]
    public void NullIsMissingExceptForBool() =>
        Assert.Equal("invalid argument 'count': missing value", CastError(Count, null));

    [Fact]
    public void CastArgumentsChecksNamesAndRequiredParameters()
    {
        var parameters = new ParameterIndex(
        [
            Names with { IsRequired = true },
            Count with { Name = "sleeptime", DefaultValue = 10L, IsRequired = false },
            Text with { Name = "greeting", IsRequired = true, DefaultValue = "Hello" },
        ]);
        var cast = ArgumentCaster.CastArguments(parameters, Args.Of(("names", new FileArgument("f1")), ("sleeptime", "3"), ("greeting", null)));
        Assert.Equal(new InputFile("f1", "data/names.txt"), cast["names"]);
        Assert.Equal(3L, cast["sleeptime"]);
        Assert.False(cast.ContainsKey("greeting"));

        var unknown = Assert.Throws<ArgumentValueException>(() => ArgumentCaster.CastArguments(parameters, Args.Of(("names", new FileArgument("f1")), ("nmes", 1L))));
        Assert.Equal(("nmes", "unknown parameter 'nmes'"), (unknown.ParameterName, unknown.Message));
        var missing = Assert.Throws<ArgumentValueException>(() => ArgumentCaster.CastArguments(parameters, Args.Of(("sleeptime", 1L))));
        Assert.Equal(("names", "missing argument 'names'"), (missing.ParameterName, missing.Message));
    }
}
