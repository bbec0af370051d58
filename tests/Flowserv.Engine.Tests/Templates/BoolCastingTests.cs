using Flowserv.Engine.Errors;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class BoolCastingTests
{
    private static readonly ParameterDeclaration Flag = new() { Name = "flag", Type = ParameterType.Bool };

    public static TheoryData<object?, bool> Accepted => new()
    {
        { null, false },
        { true, true },
        { false, false },
        { 1L, true },
        { 0L, false },
        { "1", true },
        { "t", true },
        { "T", true },
        { "true", true },
        { "TRUE", true },
        { "True", true },
        { "", false },
        { "0", false },
        { "f", false },
        { "F", false },
        { "false", false },
        { "False", false },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void FollowsFlowservCastingTable(object? value, bool expected) => Assert.Equal(expected, Flag.Cast(value));

    [Theory]
    [InlineData(10L, "invalid argument 'flag': not a Boolean '10'")]
    [InlineData("yes", "invalid argument 'flag': not a Boolean 'yes'")]
    [InlineData("   ", "invalid argument 'flag': not a Boolean '   '")]
    [InlineData(1.0, "invalid argument 'flag': not a Boolean '1.0'")]
    public void RejectsOtherValues(object value, string message)
    {
        var error = Assert.Throws<ArgumentValueException>(() => Flag.Cast(value));
        Assert.Equal(message, error.Message);
        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Equal("flag", error.ParameterName);
    }
}
