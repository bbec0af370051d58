using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class VariableValuesTests
{
    [Fact]
    public Task Non_integer_for_int_is_a_request_error_at_the_variable() => AssertResponseAsync(
        """{"errors":[{"message":"Variable \"$v\" got invalid value 1.5; Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
        "query($v: Int) { echoInt(value: $v) }",
        """{"v": 1.5}""");

    [Fact]
    public Task Missing_non_null_variable_is_a_request_error() => AssertResponseAsync(
        """{"errors":[{"message":"Variable \"$v\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
        "query($v: Int!) { required(value: $v) }",
        "{}");

    [Fact]
    public Task Explicit_null_for_non_null_variable_is_a_request_error() => AssertResponseAsync(
        """{"errors":[{"message":"Variable \"$v\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
        "query($v: Int!) { required(value: $v) }",
        """{"v": null}""");

    [Fact]
    public Task Default_value_applies_when_variable_is_absent() => AssertResponseAsync(
        """{"data":{"echoInt":42}}""",
        "query($v: Int = 42) { echoInt(value: $v) }");

    [Fact]
    public Task Explicit_null_overrides_the_default() => AssertResponseAsync(
        """{"data":{"echoInt":null}}""",
        "query($v: Int = 42) { echoInt(value: $v) }",
        """{"v": null}""");

    [Fact]
    public Task Integral_json_number_is_an_int_and_int_is_a_float() => AssertResponseAsync(
        """{"data":{"echoInt":3,"echoFloat":2}}""",
        "query($i: Int, $f: Float) { echoInt(value: $i) echoFloat(value: $f) }",
        """{"i": 3.0, "f": 2}""");

    [Fact]
    public Task Single_value_is_coerced_to_a_list() => AssertResponseAsync(
        """{"data":{"echoInts":[5]}}""",
        "query($v: [Int]) { echoInts(values: $v) }",
        """{"v": 5}""");

    [Fact]
    public Task Input_object_reports_missing_required_and_unknown_fields_with_suggestions() => AssertResponseAsync(
        """
        {"errors":[
          {"message":"Variable \"$f\" got invalid value { nam: \"x\" }; Field \"id\" of required type \"ID!\" was not provided.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}},
          {"message":"Variable \"$f\" got invalid value { nam: \"x\" }; Field \"nam\" is not defined by type \"PersonFilter\". Did you mean \"name\"?","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}
        ]}
        """,
        "query($f: PersonFilter) { echoFilter(filter: $f) }",
        """{"f": {"nam": "x"}}""");

    [Fact]
    public Task Input_object_applies_defaults_in_definition_order_and_gives_enum_runtime_values() => AssertResponseAsync(
        """{"data":{"echoFilter":"{minAge: Int32 0, colors: [Color.Red], id: \"1\"}"}}""",
        "query($f: PersonFilter) { echoFilter(filter: $f) }",
        """{"f": {"id": "1", "colors": ["RED"]}}""");

    [Fact]
    public Task Nested_error_names_the_path_inside_the_variable() => AssertResponseAsync(
        """{"errors":[{"message":"Variable \"$f\" got invalid value \"PINK\" at \"f.colors[1]\"; Value \"PINK\" does not exist in \"Color\" enum.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
        "query($f: PersonFilter) { echoFilter(filter: $f) }",
        """{"f": {"id": "1", "colors": ["RED", "PINK"]}}""");

    [Fact]
    public Task Enum_variable_that_is_not_a_string_is_rejected() => AssertResponseAsync(
        """{"errors":[{"message":"Variable \"$c\" got invalid value 1; Enum \"Color\" cannot represent non-string value: 1.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
        "query($c: Color) { colorName(color: $c) }",
        """{"c": 1}""");

    [Fact]
    public Task Enum_variable_reaches_the_resolver_as_its_runtime_value() => AssertResponseAsync(
        """{"data":{"colorName":"Color.Green"}}""",
        "query($c: Color) { colorName(color: $c) }",
        """{"c": "GREEN"}""");

    [Fact]
    public Task OneOf_requires_exactly_one_key() => AssertResponseAsync(
        """{"errors":[{"message":"Variable \"$b\" got invalid value { id: \"1\", name: \"x\" }; Exactly one key must be specified for OneOf type \"ByKey\".","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
        "query($b: ByKey!) { lookup(by: $b) }",
        """{"b": {"id": "1", "name": "x"}}""");

    [Fact]
    public Task OneOf_rejects_a_null_key() => AssertResponseAsync(
        """{"errors":[{"message":"Variable \"$b\" got invalid value null at \"b.id\"; Field \"id\" must be non-null.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
        "query($b: ByKey!) { lookup(by: $b) }",
        """{"b": {"id": null}}""");

    [Fact]
    public Task OneOf_with_one_key_is_accepted() => AssertResponseAsync(
        """{"data":{"lookup":"{name: \"Ada\"}"}}""",
        "query($b: ByKey!) { lookup(by: $b) }",
        """{"b": {"name": "Ada"}}""");

    [Fact]
    public Task Input_object_with_CreateValue_reaches_the_resolver_as_a_clr_value() => AssertResponseAsync(
        """{"data":{"echoRange":"RangeValue RangeValue { From = 1, To = 10 }"}}""",
        "query($r: Range) { echoRange(range: $r) }",
        """{"r": {"from": 1}}""");

    [Fact]
    public Task Input_object_that_is_not_an_object_is_rejected() => AssertResponseAsync(
        """{"errors":[{"message":"Variable \"$r\" got invalid value \"x\"; Expected type \"Range\" to be an object.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
        "query($r: Range) { echoRange(range: $r) }",
        """{"r": "x"}""");

    [Fact]
    public void Json_converts_to_plain_values_keeping_key_order()
    {
        using var json = System.Text.Json.JsonDocument.Parse("""{"b": 1, "a": [true, null, 2.5, "s"], "c": {"z": 1, "y": 2}}""");
        var plain = (IReadOnlyDictionary<string, object?>)Flowserv.GraphQL.Execution.PlainValues.FromJson(json.RootElement)!;
        Assert.Equal(["b", "a", "c"], plain.Keys);
        Assert.Equal(1L, plain["b"]);
        Assert.Equal(new object?[] { true, null, 2.5, "s" }, (IReadOnlyList<object?>)plain["a"]!);
        Assert.Equal(["z", "y"], ((IReadOnlyDictionary<string, object?>)plain["c"]!).Keys);
    }
}
