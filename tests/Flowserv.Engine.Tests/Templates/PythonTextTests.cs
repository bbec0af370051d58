using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class PythonTextTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(10.0, "10.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1234567890123456.0, "1234567890123456.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(1e100, "1e+100")]
    [InlineData(123.456, "123.456")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    public void FloatsLookLikePythonRepr(double value, string expected) => Assert.Equal(expected, PythonText.Float(value));

    [Fact]
    public void ContainersUseReprOfTheirItems()
    {
        Assert.Equal("None", PythonText.Str(null));
        Assert.Equal("['a', 1, 2.0, True, None]", PythonText.Str(new List<object?> { "a", 1L, 2.0, true, null }));
        Assert.Equal("{'x': \"it's\", 'y': 'a\\nb'}", PythonText.Str(new Dictionary<string, object?> { ["x"] = "it's", ["y"] = "a\nb" }));
    }
}
