using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class RangeConstraintTests
{
    [Theory]
    [InlineData("[ 5, 7 )", 5, true)]
    [InlineData("[ 5, 7 )", 6, true)]
    [InlineData("[ 5, 7 )", 7, false)]
    [InlineData("( 5, 7 ]", 5, false)]
    [InlineData("( 5, 7 ]", 6, true)]
    [InlineData("( 5, 7 ]", 7, true)]
    [InlineData("[,5]", double.NegativeInfinity, true)]
    [InlineData("[,5]", 5, true)]
    [InlineData("[,5]", double.PositiveInfinity, false)]
    [InlineData("(5,]", 5, false)]
    [InlineData("(5,]", double.PositiveInfinity, true)]
    [InlineData("[0,1]", 0.75, true)]
    [InlineData("[-inf, inf]", -1e300, true)]
    [InlineData("[0.5, 2.5e1]", 25, true)]
    public void FlowservRangeExamples(string range, double value, bool accepted) =>
        Assert.Equal(accepted, RangeConstraint.Parse(range).Contains(value));

    [Theory]
    [InlineData("", "invalid range '': expected two bounds separated by ','")]
    [InlineData("[,e,]", "invalid range '[,e,]': expected two bounds separated by ','")]
    [InlineData("4,8]", "invalid range '4,8]': must start with '[' or '('")]
    [InlineData("[4,5", "invalid range '[4,5': must end with ']' or ')'")]
    [InlineData("[a,b]", "invalid range '[a,b]': 'a' is not a number")]
    [InlineData("[5.6,2.7]", "invalid range '[5.6,2.7]': invalid interval boundaries")]
    public void InvalidRangesAreRejected(string range, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => RangeConstraint.Parse(range)).Message);

    [Fact]
    public void KeepsTheWrittenTextAndBounds()
    {
        var range = RangeConstraint.Parse("( 5, 7 ]");
        Assert.Equal("( 5, 7 ]", range.ToString());
        Assert.Equal((5.0, false, 7.0, true), (range.Left, range.LeftClosed, range.Right, range.RightClosed));
    }
}
