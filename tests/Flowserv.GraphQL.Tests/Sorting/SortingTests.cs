using Flowserv.GraphQL.Tests.Relay;
using Flowserv.GraphQL.Utilities;
using static Flowserv.GraphQL.Tests.Building.CodeFirst.CodeFirstHarness;
using static Flowserv.GraphQL.Tests.Relay.RelayModel;

namespace Flowserv.GraphQL.Tests.Sorting;

public class SortingTests
{
    [Theory]
    [InlineData("[{ name: ASC }]", "alpha alphabet beta delta gamma")]
    [InlineData("[{ createdAt: DESC }]", "delta gamma alphabet beta alpha")]
    [InlineData("[{ size: DESC }, { name: ASC }]", "delta alphabet beta gamma alpha")]
    [InlineData("[{ state: ASC }, { createdAt: DESC }]", "alphabet delta beta gamma alpha")]
    [InlineData("[{ size: ASC, state: DESC }]", "alpha gamma beta delta alphabet")]
    [InlineData("[{ finishedAt: DESC, size: null }, { name: ASC }]", "gamma alpha alphabet beta delta")]
    [InlineData("[]", "alpha beta alphabet gamma delta")]
    public async Task Order_entries_apply_in_list_order(string order, string expected)
    {
        var result = await ExecuteResultAsync(Schema(), $$"""{ runs(order: {{order}}) { nodes { name } } }""");

        Assert.Null(result.Errors);
        var json = System.Text.Json.JsonDocument.Parse(GraphQL.Execution.ExecutionResultWriter.ToUtf8Bytes(result));
        Assert.Equal(expected, string.Join(' ', json.RootElement.GetProperty("data").GetProperty("runs").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString())));
    }

    [Fact]
    public async Task Rows_that_tie_on_every_requested_key_are_ordered_by_their_node_id()
    {
        // The source lists the runs backwards, so only the id tie-breaker puts beta (r2) before delta (r5).
        var backwards = With(Runs.Reverse().AsQueryable());

        var result = await ExecuteAsync(Schema(), "{ runs(order: [{ state: ASC }]) { nodes { name } } }", requestData: backwards);

        Assert.Equal(
            Json("{'data':{'runs':{'nodes':[{'name':'alphabet'},{'name':'beta'},{'name':'delta'},{'name':'alpha'},{'name':'gamma'}]}}}"),
            result);
    }

    [Fact]
    public async Task Sorting_applies_before_paging_so_cursors_follow_the_order()
    {
        var schema = Schema();

        var first = await ExecuteAsync(schema, "{ runs(first: 2, order: [{ name: DESC }]) { nodes { name } pageInfo { endCursor } } }");
        var next = await ExecuteAsync(schema, "{ runs(first: 2, after: \"MQ==\", order: [{ name: DESC }], where: { state: { neq: PENDING } }) { nodes { name } } }");

        Assert.Equal(Json("{'data':{'runs':{'nodes':[{'name':'gamma'},{'name':'delta'}],'pageInfo':{'endCursor':'MQ=='}}}}"), first);
        Assert.Equal(Json("{'data':{'runs':{'nodes':[{'name':'beta'},{'name':'alpha'}]}}}"), next);
    }

    [Fact]
    public void Configured_members_are_the_only_sortable_ones()
    {
        var schema = Schema(builder => builder.ConfigureSorting<Run>(run => run.CreatedAt, run => run.State));

        Assert.Contains(
            """
            input RunSortInput {
              createdAt: SortEnumType
              state: SortEnumType
            }
            """,
            SchemaPrinter.Print(schema),
            StringComparison.Ordinal);
    }
}
