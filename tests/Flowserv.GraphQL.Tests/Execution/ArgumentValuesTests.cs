using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class ArgumentValuesTests
{
    [Fact]
    public Task Literal_and_default_arguments_are_coerced() => AssertResponseAsync(
        """{"data":{"echoInt":3,"hello":"Hello, world!","named":"Hello, Ada!"}}""",
        """{ echoInt(value: 3) hello named: hello(name: "Ada") }""");

    [Fact]
    public Task Missing_required_argument_is_a_field_error_at_the_field() => AssertResponseAsync(
        """{"errors":[{"message":"Argument \"value\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":3}],"path":["required"]}],"data":{"required":null}}""",
        "{ required }");

    [Fact]
    public Task Variable_without_runtime_value_for_required_argument_is_a_field_error_at_the_value() => AssertResponseAsync(
        """{"errors":[{"message":"Argument \"value\" of required type \"Int!\" was provided the variable \"$v\" which was not provided a runtime value.","locations":[{"line":1,"column":34}],"path":["required"]}],"data":{"required":null}}""",
        "query($v: Int) { required(value: $v) }");

    [Fact]
    public Task Null_variable_for_non_null_argument_is_a_field_error() => AssertResponseAsync(
        """{"errors":[{"message":"Argument \"value\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":34}],"path":["required"]}],"data":{"required":null}}""",
        "query($v: Int) { required(value: $v) }",
        """{"v": null}""");

    [Fact]
    public Task Invalid_literal_is_a_field_error() => AssertResponseAsync(
        """{"errors":[{"message":"Argument \"value\" has invalid value \"x\".","locations":[{"line":1,"column":18}],"path":["echoInt"]}],"data":{"echoInt":null}}""",
        """{ echoInt(value: "x") }""");

    [Fact]
    public Task Missing_variable_inside_input_object_literal_takes_the_field_default() => AssertResponseAsync(
        """{"data":{"echoRange":"RangeValue RangeValue { From = 1, To = 10 }"}}""",
        "query($n: Int) { echoRange(range: {from: 1, to: $n}) }");

    [Fact]
    public Task Missing_variable_inside_list_literal_is_null() => AssertResponseAsync(
        """{"data":{"echoInts":[1,null]}}""",
        "query($n: Int) { echoInts(values: [1, $n]) }");

    [Fact]
    public Task Enum_and_oneof_literals_are_coerced() => AssertResponseAsync(
        """{"data":{"colorName":"Color.Blue","lookup":"{id: \"4\"}"}}""",
        """{ colorName(color: BLUE) lookup(by: {id: 4}) }""");

    [Fact]
    public void ValueFromLiteral_treats_a_missing_variable_as_no_value()
    {
        var literal = Parser.ParseValue("$missing");
        Assert.False(ValueFromLiteral.TryCoerce(literal, BuiltInScalars.Int, new Dictionary<string, object?>(), out _));
        Assert.True(ValueFromLiteral.TryCoerce(Parser.ParseValue("[1, 2]"), new ListType(BuiltInScalars.Int), null, out var list));
        Assert.Equal(new object?[] { 1, 2 }, (object?[])list!);
        Assert.False(ValueFromLiteral.TryCoerce(Parser.ParseValue("null"), new NonNullType(BuiltInScalars.Int), null, out _));
    }
}
