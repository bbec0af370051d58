using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Relay;
using Flowserv.GraphQL.Types;
using static Flowserv.GraphQL.Tests.Building.CodeFirst.CodeFirstHarness;
using static Flowserv.GraphQL.Tests.Relay.RelayModel;

namespace Flowserv.GraphQL.Tests.Relay;

public class NodeTests
{
    [Fact]
    public async Task Node_fetches_any_node_type_by_global_id_and_serves_ids_as_global_ids()
    {
        var response = await ExecuteAsync(Schema(), $$"""
            {
              run: node(id: "{{Id("Run", "r2")}}") { __typename id ... on Run { name workflowId } }
              workflow: node(id: "{{Id("Workflow", "w3")}}") { __typename id ... on Workflow { name } }
              missing: node(id: "{{Id("Run", "r9")}}") { id }
            }
            """);

        Assert.Equal(
            Json($$"""
                {'data':{
                  'run':{'__typename':'Run','id':'{{Id("Run", "r2")}}','name':'beta','workflowId':'{{Id("Workflow", "w1")}}'},
                  'workflow':{'__typename':'Workflow','id':'{{Id("Workflow", "w3")}}','name':'Predictor'},
                  'missing':null} }
                """),
            response);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("VXNlcjox")]
    public async Task Malformed_ids_and_ids_of_types_without_nodes_fail_with_invalid_id(string id)
    {
        var response = await ExecuteAsync(Schema(), $$"""{ node(id: "{{id}}") { id } }""");

        Assert.Contains("\"data\":{\"node\":null}", response, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"INVALID_ID\"", response, StringComparison.Ordinal);
        Assert.Contains("\"path\":[\"node\"]", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nodes_resolves_each_id_in_order_and_reports_an_invalid_one_at_its_position()
    {
        var result = await ExecuteResultAsync(Schema(), $$"""
            { nodes(ids: ["{{Id("Workflow", "w2")}}", "garbage", "{{Id("Run", "r1")}}", "{{Id("Run", "nope")}}"]) { id } }
            """);
        var response = System.Text.Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result));

        var data = Json($$"""{'nodes':[{'id':'{{Id("Workflow", "w2")}}'},null,{'id':'{{Id("Run", "r1")}}'},null]}""");
        Assert.Contains("\"data\":" + data, response, StringComparison.Ordinal);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(["nodes", 1], error.Path!.ToList());
        Assert.Equal(RelayErrorCodes.InvalidId, error.Extensions!["code"]);
    }

    [Fact]
    public async Task Id_arguments_of_a_type_take_its_global_ids_and_reject_others()
    {
        var schema = Schema();

        var found = await ExecuteAsync(schema, $$"""{ run(id: "{{Id("Run", "r4")}}") { name } }""");
        var foreign = await ExecuteAsync(schema, $$"""{ run(id: "{{Id("Workflow", "w1")}}") { name } }""");

        Assert.Equal(Json("{'data':{'run':{'name':'gamma'}}}"), found);
        Assert.Contains("\"code\":\"INVALID_ID\"", foreign, StringComparison.Ordinal);
        Assert.Contains("\"data\":{\"run\":null}", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_class_without_a_node_resolver_is_reported()
    {
        var error = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<OrphanQuery>().AddGlobalObjectIdentification().Build());

        Assert.Contains("Orphan: a [Node] class needs exactly one public static [NodeResolver] method", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_global_object_identification_node_classes_are_plain_types()
    {
        var schema = new SchemaBuilder().AddQueryType<OrphanQuery>().Build();

        Assert.Null(schema.GetType("Node"));
        Assert.Null(schema.QueryType.GetField("node"));
        Assert.Equal("String!", schema.GetType("Orphan") is ObjectType orphan ? orphan.GetField("id")!.Type.ToString() : null);
    }

    public sealed class OrphanQuery
    {
        public Orphan GetOrphan() => new() { Id = "1" };
    }

    [Node]
    public sealed class Orphan
    {
        public required string Id { get; init; }
    }
}
