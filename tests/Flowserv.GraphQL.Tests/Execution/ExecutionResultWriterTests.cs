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
        var result = new ExecutionResult { Data = new Dictionary<string, object?> { ["s"] = "é \"q\" <b>" }, HasData = true };
        Assert.Equal("""{"data":{"s":"é \"q\" <b>"}}""", Serialize(result));
    }
}
