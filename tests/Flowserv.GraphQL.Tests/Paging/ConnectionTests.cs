using Flowserv.GraphQL.Paging;
using Flowserv.GraphQL.Tests.Relay;
using static Flowserv.GraphQL.Tests.Building.CodeFirst.CodeFirstHarness;
using static Flowserv.GraphQL.Tests.Relay.RelayModel;

namespace Flowserv.GraphQL.Tests.Paging;

public class ConnectionTests
{
    private const string Page = "edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    [Fact]
    public async Task Cursors_are_base64_positions_and_forward_paging_continues_after_the_end_cursor()
    {
        var schema = Schema();

        var first = await ExecuteAsync(schema, $$"""{ runs(first: 2) { {{Page}} } }""");
        var second = await ExecuteAsync(schema, $$"""{ runs(first: 2, after: "{{OffsetCursor.Encode(1)}}") { nodes { name } pageInfo { hasNextPage hasPreviousPage } } }""");
        var last = await ExecuteAsync(schema, $$"""{ runs(first: 2, after: "{{OffsetCursor.Encode(3)}}") { nodes { name } pageInfo { hasNextPage hasPreviousPage } } }""");

        Assert.Equal("MA==", OffsetCursor.Encode(0));
        Assert.Equal(
            Json("""
                {'data':{'runs':{
                  'edges':[{'cursor':'MA==','node':{'name':'alpha'}},{'cursor':'MQ==','node':{'name':'beta'}}],
                  'pageInfo':{'hasNextPage':true,'hasPreviousPage':false,'startCursor':'MA==','endCursor':'MQ=='}}}}
                """),
            first);
        Assert.Equal(Json("{'data':{'runs':{'nodes':[{'name':'alphabet'},{'name':'gamma'}],'pageInfo':{'hasNextPage':true,'hasPreviousPage':true}}}}"), second);
        Assert.Equal(Json("{'data':{'runs':{'nodes':[{'name':'delta'}],'pageInfo':{'hasNextPage':false,'hasPreviousPage':true}}}}"), last);
    }

    [Fact]
    public async Task Backward_paging_takes_the_last_items_before_the_cursor()
    {
        var schema = Schema();

        var end = await ExecuteAsync(schema, $$"""{ runs(last: 2) { {{Page}} } }""");
        var before = await ExecuteAsync(schema, $$"""{ runs(last: 2, before: "{{OffsetCursor.Encode(3)}}") { nodes { name } pageInfo { hasNextPage hasPreviousPage } } }""");
        var start = await ExecuteAsync(schema, $$"""{ runs(last: 5, before: "{{OffsetCursor.Encode(1)}}") { nodes { name } pageInfo { hasNextPage hasPreviousPage } } }""");

        Assert.Equal(
            Json("""
                {'data':{'runs':{
                  'edges':[{'cursor':'Mw==','node':{'name':'gamma'}},{'cursor':'NA==','node':{'name':'delta'}}],
                  'pageInfo':{'hasNextPage':false,'hasPreviousPage':true,'startCursor':'Mw==','endCursor':'NA=='}}}}
                """),
            end);
        Assert.Equal(Json("{'data':{'runs':{'nodes':[{'name':'beta'},{'name':'alphabet'}],'pageInfo':{'hasNextPage':true,'hasPreviousPage':true}}}}"), before);
        Assert.Equal(Json("{'data':{'runs':{'nodes':[{'name':'alpha'}],'pageInfo':{'hasNextPage':true,'hasPreviousPage':false}}}}"), start);
    }

    [Fact]
    public async Task An_empty_page_has_no_cursors()
    {
        var response = await ExecuteAsync(Schema(), $$"""{ runs(first: 0) { {{Page}} totalCount } }""");

        Assert.Equal(
            Json("{'data':{'runs':{'edges':[],'pageInfo':{'hasNextPage':true,'hasPreviousPage':false,'startCursor':null,'endCursor':null},'totalCount':5}}}"),
            response);
    }

    [Fact]
    public async Task Enumerables_page_too_with_the_field_default_page_size_and_forward_only_arguments()
    {
        var schema = Schema();

        var response = await ExecuteAsync(schema, "{ workflows { nodes { name } pageInfo { hasNextPage } totalCount } }");
        var backward = await ExecuteAsync(schema, "{ workflows(last: 1) { totalCount } }");

        Assert.Equal(Json("{'data':{'workflows':{'nodes':[{'name':'Hello World'},{'name':'Piggy'}],'pageInfo':{'hasNextPage':true},'totalCount':3}}}"), response);
        Assert.Contains("Unknown argument \\\"last\\\"", backward, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_of_object_types_page_like_root_fields()
    {
        var response = await ExecuteAsync(Schema(), $$"""{ node(id: "{{Id("Workflow", "w1")}}") { ... on Workflow { runs(first: 2) { nodes { name } pageInfo { hasNextPage } totalCount } } } }""");

        Assert.Equal(Json("{'data':{'node':{'runs':{'nodes':[{'name':'alpha'},{'name':'beta'}],'pageInfo':{'hasNextPage':true},'totalCount':3}}}}"), response);
    }

    [Theory]
    [InlineData("first: -1", PagingErrorCodes.InvalidPagingArguments)]
    [InlineData("last: -1", PagingErrorCodes.InvalidPagingArguments)]
    [InlineData("first: 1, last: 1", PagingErrorCodes.InvalidPagingArguments)]
    [InlineData("first: 51", PagingErrorCodes.InvalidPagingArguments)]
    [InlineData("after: \"bm9wZQ==\"", PagingErrorCodes.InvalidCursor)]
    [InlineData("before: \"%%%\"", PagingErrorCodes.InvalidCursor)]
    public async Task Invalid_paging_arguments_fail_the_field_with_a_code(string arguments, string code)
    {
        var response = await ExecuteAsync(Schema(), $$"""{ runs({{arguments}}) { totalCount } }""");

        Assert.Contains($"\"code\":\"{code}\"", response, StringComparison.Ordinal);
        Assert.Contains("\"data\":null", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_reads_one_extra_row_and_counts_only_when_total_count_is_selected()
    {
        var schema = Schema();
        var withoutCount = new QueryLog();
        var withCount = new QueryLog();
        var throughFragment = new QueryLog();

        await ExecuteAsync(schema, "{ runs(first: 2) { nodes { name } pageInfo { hasNextPage } } }", requestData: With(new CountingQueryable<Run>(Runs.AsQueryable(), withoutCount)));
        await ExecuteAsync(schema, "{ runs(first: 2) { nodes { name } totalCount } }", requestData: With(new CountingQueryable<Run>(Runs.AsQueryable(), withCount)));
        await ExecuteAsync(
            schema,
            "{ runs(first: 2) { ...Counted } } fragment Counted on RunConnection { ... on RunConnection { totalCount } }",
            requestData: With(new CountingQueryable<Run>(Runs.AsQueryable(), throughFragment)));

        Assert.Equal((1, 0, 3), (withoutCount.Enumerations, withoutCount.Counts, withoutCount.RowsRead.Single()));
        Assert.Equal((1, 1), (withCount.Enumerations, withCount.Counts));
        Assert.Equal(1, throughFragment.Counts);
    }

    [Fact]
    public async Task Asynchronous_queryables_are_read_and_counted_asynchronously()
    {
        var log = new QueryLog();

        var response = await ExecuteAsync(Schema(), "{ runs(last: 1) { nodes { name } totalCount } }", requestData: With(new AsyncCountingQueryable<Run>(Runs.AsQueryable(), log)));

        Assert.Equal(Json("{'data':{'runs':{'nodes':[{'name':'delta'}],'totalCount':5}}}"), response);
        Assert.Equal((1, 0, 1, 0), (log.AsyncEnumerations, log.Enumerations, log.AsyncCounts, log.Counts));
    }
}
