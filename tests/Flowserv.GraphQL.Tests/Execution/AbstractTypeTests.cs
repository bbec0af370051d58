using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    [Fact]
    public Task Union_members_resolve_by_runtime_type_and_is_type_of() => AssertResponseAsync(
        """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false}]}}""",
        "{ pets { __typename ... on Dog { name barks } ... on Cat { name meows } } }");

    [Fact]
    public Task Interface_values_resolve_by_typename_in_maps_and_json_and_by_clr_type() => AssertResponseAsync(
        """{"data":{"named":[{"__typename":"Dog","name":"Map dog"},{"__typename":"Cat","name":"Json cat","meows":true},{"__typename":"Person","name":"Grace","age":85}]}}""",
        "{ named { __typename name ... on Cat { meows } ... on Person { age } } }");

    [Fact]
    public Task Interface_field_with_fragments_on_the_interface() => AssertResponseAsync(
        """{"data":{"a":{"id":"1","name":"Ada"},"b":{"id":"c1","meows":false}}}""",
        """{ a: node(id: 1) { id ...N } b: node(id: "c1") { id ... on Cat { meows } } } fragment N on Named { name }""");

    [Fact]
    public Task Value_matching_no_possible_type_is_an_error() => AssertResponseAsync(
        """{"errors":[{"message":"Abstract type \"Node\" must resolve to an Object type at runtime for field \"Query.unresolvable\". Either the \"Node\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["unresolvable"]}],"data":{"unresolvable":null}}""",
        "{ unresolvable { id } }");

    [Fact]
    public Task Type_names_that_are_not_possible_or_unknown_are_errors() => AssertResponseAsync(
        """
        {"errors":[
          {"message":"Runtime Object type \"Query\" is not a possible type for \"Named\".","locations":[{"line":1,"column":3}],"path":["wrongType"]},
          {"message":"Abstract type \"Named\" was resolved to a type \"Robot\" that does not exist inside the schema.","locations":[{"line":1,"column":22}],"path":["unknownType"]}
        ],"data":{"wrongType":null,"unknownType":null}}
        """,
        "{ wrongType { name } unknownType { name } }");
}
