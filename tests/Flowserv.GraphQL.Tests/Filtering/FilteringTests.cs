using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Filtering;
using Flowserv.GraphQL.Tests.Relay;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Utilities;
using static Flowserv.GraphQL.Tests.Building.CodeFirst.CodeFirstHarness;
using static Flowserv.GraphQL.Tests.Relay.RelayModel;

namespace Flowserv.GraphQL.Tests.Filtering;

public class FilteringTests
{
    [Theory]
    [InlineData("{ state: { eq: SUCCESS } }", "alpha gamma")]
    [InlineData("{ state: { neq: SUCCESS } }", "beta alphabet delta")]
    [InlineData("{ state: { in: [PENDING, RUNNING] } }", "beta alphabet delta")]
    [InlineData("{ state: { nin: [PENDING, RUNNING] } }", "alpha gamma")]
    [InlineData("{ name: { contains: \"ph\" } }", "alpha alphabet")]
    [InlineData("{ name: { startsWith: \"alpha\", neq: \"alpha\" } }", "alphabet")]
    [InlineData("{ name: { in: [\"beta\", \"delta\", null] } }", "beta delta")]
    [InlineData("{ size: { gt: 10, lte: 30 } }", "beta alphabet gamma")]
    [InlineData("{ size: { in: [10, 50] } }", "alpha delta")]
    [InlineData("{ createdAt: { gte: \"2026-11-05T12:00:00Z\", lt: \"2026-11-09T12:00:00Z\" } }", "alphabet gamma")]
    [InlineData("{ finishedAt: { eq: null } }", "beta alphabet delta")]
    [InlineData("{ state: { eq: null } }", "")]
    [InlineData("{ and: [{ state: { eq: RUNNING } }, { size: { gt: 20 } }] }", "delta")]
    [InlineData("{ or: [{ state: { eq: PENDING } }, { size: { eq: 10 } }] }", "alpha alphabet")]
    [InlineData("{ or: [{ name: { eq: \"beta\" } }, { and: [{ state: { eq: SUCCESS } }, { size: { gt: 10 } }] }], size: { lt: 50 } }", "beta gamma")]
    [InlineData("{ or: [] }", "alpha beta alphabet gamma delta")]
    [InlineData("{ }", "alpha beta alphabet gamma delta")]
    public async Task Where_filters_with_every_operation_and_combinator(string where, string expected)
    {
        Assert.Equal(expected, await NamesAsync(Schema(), $"where: {where}"));
    }

    [Fact]
    public async Task Id_filters_take_global_ids_of_the_member_type()
    {
        var schema = Schema();

        var byWorkflow = await NamesAsync(schema, $$"""where: { workflowId: { eq: "{{Id("Workflow", "w2")}}" } }""");
        var byId = await NamesAsync(schema, $$"""where: { id: { in: ["{{Id("Run", "r1")}}", "{{Id("Run", "r5")}}"] } }""");
        var foreign = await ExecuteAsync(schema, $$"""{ runs(where: { workflowId: { eq: "{{Id("Run", "r1")}}" } }) { totalCount } }""");

        Assert.Equal("alphabet gamma", byWorkflow);
        Assert.Equal("alpha delta", byId);
        Assert.Contains("\"code\":\"INVALID_ID\"", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_apply_before_paging_and_total_count()
    {
        var response = await ExecuteAsync(Schema(), "{ runs(first: 1, where: { state: { eq: RUNNING } }) { nodes { name } pageInfo { hasNextPage } totalCount } }");

        Assert.Equal(Json("{'data':{'runs':{'nodes':[{'name':'beta'}],'pageInfo':{'hasNextPage':true},'totalCount':2}}}"), response);
    }

    [Fact]
    public void Filters_are_expressions_a_query_provider_can_translate()
    {
        var query = Runs.AsQueryable();
        var definition = new FilterDefinition(
        [
            new FilterField("state", typeof(Run).GetProperty(nameof(Run.State))!, FilterKind.Enum, null),
            new FilterField("name", typeof(Run).GetProperty(nameof(Run.Name))!, FilterKind.String, null),
        ]);

        var predicate = definition.Predicate<Run>(new Dictionary<string, object?>
        {
            ["or"] = new object?[]
            {
                new Dictionary<string, object?> { ["state"] = new Dictionary<string, object?> { ["in"] = new object?[] { RunState.Pending } } },
                new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["startsWith"] = "be" } },
            },
        });

        Assert.Equal(
            "item => (value(Flowserv.GraphQL.Tests.Relay.RunState[]).Contains(item.State) OrElse item.Name.StartsWith(\"be\"))",
            predicate.ToString());
        Assert.Equal(["beta", "alphabet"], query.Where(predicate).Select(run => run.Name).ToArray());
    }

    [Fact]
    public void Configured_members_are_the_only_filterable_ones()
    {
        var schema = Schema(builder => builder.ConfigureFiltering<Run>(run => run.State, run => run.WorkflowId, run => run.CreatedAt));

        Assert.Contains(
            """
            input RunFilterInput {
              and: [RunFilterInput!]
              or: [RunFilterInput!]
              state: RunStateOperationFilterInput
              workflowId: IdOperationFilterInput
              createdAt: DateTimeOperationFilterInput
            }
            """,
            SchemaPrinter.Print(schema),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_members_must_be_scalars_or_enums_and_filtered_fields_lists()
    {
        var configured = Assert.Throws<SchemaException>(() => Schema(builder => builder.ConfigureFiltering<Run>(run => run.Tags)));
        var notAList = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<ScalarQuery>().Build());

        Assert.Contains("Run.Tags: only scalar and enum members of Run can be filtered.", configured.Message, StringComparison.Ordinal);
        Assert.Contains("ScalarQuery.Count: [UsePaging], [UseFiltering] and [UseSorting] need a member returning IQueryable<T> or IEnumerable<T>", notAList.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuring_with_anything_but_a_property_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SchemaBuilder().ConfigureFiltering<Run>(run => run.Name.Length));

        Assert.Contains("must select a property of Run", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> NamesAsync(GraphQLSchema schema, string arguments)
    {
        var response = await ExecuteResultAsync(schema, $$"""{ runs(first: 50, {{arguments}}) { nodes { name } } }""");
        Assert.Null(response.Errors);
        var json = System.Text.Json.JsonDocument.Parse(GraphQL.Execution.ExecutionResultWriter.ToUtf8Bytes(response));
        return string.Join(' ', json.RootElement.GetProperty("data").GetProperty("runs").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString()));
    }

    public sealed class ScalarQuery
    {
        [UseFiltering]
        public int Count() => 1;
    }
}
