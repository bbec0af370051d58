using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Relay;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Utilities;
using static Flowserv.GraphQL.Tests.Building.CodeFirst.CodeFirstHarness;

namespace Flowserv.GraphQL.Tests.Relay;

/// <summary>[ID(typeName)] arguments holding lists of global ids, and invalid ids reported in mutation payloads.</summary>
public class IdInputTests
{
    private static readonly GraphQLSchema Schema = new SchemaBuilder()
        .AddQueryType<IdQuery>()
        .AddMutationType<IdMutations>()
        .AddMutationConventions()
        .AddErrorType<InvalidIdException>()
        .Build();

    [Fact]
    public async Task A_list_argument_of_a_type_receives_the_raw_ids_in_order()
    {
        var response = await ExecuteAsync(Schema, $$"""{ echo(ids: ["{{Id("Run", "r2")}}", "{{Id("Run", "r1")}}"]) }""");

        Assert.Equal(Json("{'data':{'echo':['r2','r1']}}"), response);
    }

    [Fact]
    public async Task A_foreign_id_in_a_list_argument_fails_the_field_with_invalid_id()
    {
        var result = await ExecuteResultAsync(Schema, $$"""{ echo(ids: ["{{Id("Run", "r2")}}", "{{Id("Workflow", "w1")}}"]) }""");

        var error = Assert.Single(result.Errors!);
        Assert.Equal(["echo"], error.Path!.ToList());
        Assert.Equal(RelayErrorCodes.InvalidId, error.Extensions!["code"]);
    }

    [Fact]
    public async Task A_convention_mutation_receives_raw_ids_from_its_input()
    {
        var response = await ExecuteAsync(
            Schema,
            "mutation ($input: TagRunsInput!) { tagRuns(input: $input) { tagged errors { code } } }",
            $$"""{ "input": { "workflowId": "{{Id("Workflow", "w1")}}", "runIds": ["{{Id("Run", "r1")}}", "{{Id("Run", "r3")}}"] } }""");

        Assert.Equal(Json("{'data':{'tagRuns':{'tagged':'w1:r1,r3','errors':null}}}"), response);
    }

    [Theory]
    [InlineData("workflowId", "not-an-id")]
    [InlineData("runIds", "UnVuOnIx")]
    public async Task An_invalid_id_in_a_mutation_input_is_a_typed_error_when_registered(string field, string badId)
    {
        var workflowId = field == "workflowId" ? badId : Id("Workflow", "w1");
        var runId = field == "runIds" ? Id("Workflow", "w2") : Id("Run", "r1");

        var response = await ExecuteAsync(
            Schema,
            "mutation ($input: TagRunsInput!) { tagRuns(input: $input) { tagged errors { __typename code } } }",
            $$"""{ "input": { "workflowId": "{{workflowId}}", "runIds": ["{{runId}}"] } }""");

        Assert.Equal(Json("{'data':{'tagRuns':{'tagged':null,'errors':[{'__typename':'InvalidIdError','code':'INVALID_ID'}]}}}"), response);
    }

    [Fact]
    public void Id_arguments_of_a_type_must_be_strings_or_lists_of_strings()
    {
        var error = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<NumericIdQuery>().Build());

        Assert.Contains("[ID(\"Run\")] arguments receive the raw id as a string (or a list of strings).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_id_arguments_print_as_lists_of_ids()
    {
        var sdl = SchemaPrinter.Print(Schema);

        Assert.Contains("  echo(ids: [ID!]!): [String!]!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  runIds: [ID!]\n", sdl, StringComparison.Ordinal);
    }

    private static string Id(string typeName, string id) => GlobalId.Serialize(typeName, id);

    public sealed class IdQuery
    {
        public IReadOnlyList<string> Echo([ID("Run")] IReadOnlyList<string> ids) => ids;
    }

    public sealed class IdMutations
    {
        [UseMutationConvention(PayloadFieldName = "tagged")]
        public string TagRuns([ID("Workflow")] string workflowId, [ID("Run")] string[]? runIds) =>
            workflowId + ":" + string.Join(',', runIds ?? []);
    }

    public sealed class NumericIdQuery
    {
        public int Count([ID("Run")] IReadOnlyList<int> ids) => ids.Count;
    }
}
