using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class CollectFieldsTests
{
    [Fact]
    public Task Response_keys_keep_first_occurrence_order_and_merge_subselections() => AssertResponseAsync(
        """{"data":{"person":{"name":"Ada","id":"1","age":36},"hello":"Hello, world!"}}""",
        """{ person(id: 1) { name id } hello person(id: 1) { age ...F } } fragment F on Person { name }""");

    [Fact]
    public Task Skip_and_include_with_literals_and_variables() => AssertResponseAsync(
        """{"data":{"b":"Hello, b!","d":"Hello, d!"}}""",
        """
        query($yes: Boolean!, $no: Boolean!) {
          a: hello(name: "a") @skip(if: true)
          b: hello(name: "b") @include(if: $yes)
          c: hello(name: "c") @include(if: $no)
          d: hello(name: "d") @skip(if: $no) @include(if: $yes)
          e: hello(name: "e") @skip(if: $yes) @include(if: $yes)
        }
        """,
        """{"yes": true, "no": false}""");

    [Fact]
    public Task Skip_and_include_apply_to_fragments() => AssertResponseAsync(
        """{"data":{"person":{"id":"1"}}}""",
        """
        query($no: Boolean = false) {
          person(id: 1) { id ... @include(if: $no) { name } ...F @skip(if: true) }
        }
        fragment F on Person { age }
        """);

    [Fact]
    public Task Fragment_spread_twice_is_expanded_once() => AssertResponseAsync(
        """{"data":{"person":{"name":"Ada","id":"1"}}}""",
        """{ person(id: 1) { ...F id ...F } } fragment F on Person { name }""");

    [Fact]
    public Task Fragments_on_other_types_do_not_apply() => AssertResponseAsync(
        """{"data":{"pets":[{"name":"Rex"},{}]}}""",
        """{ pets { ... on Dog { name } ...C } } fragment C on Cat { ... on Dog { barks } }""");

    [Fact]
    public Task Typename_on_root_and_aliases() => AssertResponseAsync(
        """{"data":{"__typename":"Query","t":"Query"}}""",
        "{ __typename t: __typename }");
}
