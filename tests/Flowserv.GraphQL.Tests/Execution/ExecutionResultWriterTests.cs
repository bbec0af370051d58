using Flowserv.GraphQL.Execution;
using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class ExecutionResultWriterTests
{
    [Fact]
    public void Writes_errors_then_data_then_extensions_omitting_absent_members()
    {
        var result = new ExecutionResult
        {
            Extensions = new Dictionary<string, object?> { ["cost"] = 3 },
            Data = new Dictionary<string, object?> { ["b"] = 1.5, ["a"] = new object?[] { "x", null, true, 2L } },
            HasData = true,
            Errors =
            [
                new GraphQLError("plain"),
                new GraphQLError("located", [new SourceLocation(2, 4)], ResponsePath.Root("a").Append(1), new Dictionary<string, object?> { ["code"] = "X" }),
            ],
        };

        Assert.Equal(
            Json("""
            {"errors":[{"message":"plain"},{"message":"located","locations":[{"line":2,"column":4}],"path":["a",1],"extensions":{"code":"X"}}],
             "data":{"b":1.5,"a":["x",null,true,2]},"extensions":{"cost":3}}
            """),
            Serialize(result));
    }

    [Fact]
    public void Distinguishes_null_data_from_no_data()
    {
        Assert.Equal("""{"data":null}""", Serialize(new ExecutionResult { HasData = true }));
        Assert.Equal("""{"errors":[{"message":"bad"}]}""", Serialize(ExecutionResult.FromError(new GraphQLError("bad"))));
    }

    [Fact]
    public void Writes_text_without_unneeded_escapes()
    {
        var result = new ExecutionResult { Data = new Dictionary<string, object?> { ["s\n"] = "é \"q\" <b> 😀 \u2028 \u007f \\ \t\b\f\r\u0001\u001f" }, HasData = true };
        Assert.Equal("{\"data\":{\"s\\n\":\"é \\\"q\\\" <b> 😀 \u2028 \u007f \\\\ \\t\\b\\f\\r\\u0001\\u001f\"}}", Serialize(result));
    }

    [Fact]
    public void Writes_numbers_as_JSON_stringify_does()
    {
        double[] numbers = [1e21, 1e20, 1.2345678901234568e20, 1e15, 1e-5, 1e-6, 1e-7, 1.234e-7, 0.1 + 0.2, -0.0, 5e-324, double.MaxValue, -12345678.9];
        var result = new ExecutionResult { Data = new Dictionary<string, object?> { ["n"] = numbers.Cast<object?>().ToArray() }, HasData = true };
        Assert.Equal(
            """{"data":{"n":[1e+21,100000000000000000000,123456789012345680000,1000000000000000,0.00001,0.000001,1e-7,1.234e-7,0.30000000000000004,0,5e-324,1.7976931348623157e+308,-12345678.9]}}""",
            Serialize(result));
    }
}
