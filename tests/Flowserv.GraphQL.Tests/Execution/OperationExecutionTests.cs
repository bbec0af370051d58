using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;
using static Flowserv.GraphQL.Tests.Execution.ExecutionTestSchema;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class OperationExecutionTests
{
    [Fact]
    public Task Several_operations_without_a_name_is_a_request_error() => AssertResponseAsync(
        """{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""",
        "query A { hello } query B { hello }");

    [Fact]
    public Task Unknown_operation_name_is_a_request_error() => AssertResponseAsync(
        """{"errors":[{"message":"Unknown operation named \"C\".","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""",
        "query A { hello } query B { hello }",
        operationName: "C");

    [Fact]
    public Task Named_operation_is_selected() => AssertResponseAsync(
        """{"data":{"b":"Hello, world!"}}""",
        "query A { a: hello } query B { b: hello }",
        operationName: "B");

    [Fact]
    public Task Mutation_on_a_schema_without_mutations_is_a_request_error() => AssertResponseAsync(
        """{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}],"extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""",
        "mutation { hello }");

    [Fact]
    public async Task Mutation_fields_run_serially_in_document_order()
    {
        var log = new List<string>();
        var mutation = new ObjectType("Mutation", () =>
        [
            AsyncField("append", new NonNullType(new ListType(new NonNullType(BuiltInScalars.String))), async context =>
            {
                await Task.Delay(context.GetArgument<int>("delayMs")).ConfigureAwait(false);
                lock (log)
                {
                    log.Add(context.GetArgument<string>("value")!);
                    return log.ToArray();
                }
            }, Argument("value", new NonNullType(BuiltInScalars.String)), Argument("delayMs", BuiltInScalars.Int, new Flowserv.GraphQL.Language.Ast.IntValueNode("0"))),
        ]);
        var schema = new GraphQLSchema(Query, mutation);

        await AssertResponseAsync(
            """{"data":{"a":["a"],"b":["a","b"],"c":["a","b","c"]}}""",
            """mutation { a: append(value: "a", delayMs: 60) b: append(value: "b") c: append(value: "c", delayMs: 20) }""",
            schema: schema);
    }

    [Fact]
    public async Task Query_fields_with_async_resolvers_run_concurrently()
    {
        var running = 0;
        var mostRunning = 0;
        var query = new ObjectType("Query", () =>
        [
            AsyncField("slow", BuiltInScalars.Int, async context =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref mostRunning, now);
                await Task.Delay(50).ConfigureAwait(false);
                Interlocked.Decrement(ref running);
                return context.GetArgument<int>("id");
            }, Argument("id", BuiltInScalars.Int)),
        ]);

        await AssertResponseAsync(
            """{"data":{"a":1,"b":2,"c":3}}""",
            "{ a: slow(id: 1) b: slow(id: 2) c: slow(id: 3) }",
            schema: new GraphQLSchema(query));
        Assert.Equal(3, mostRunning);
    }

    [Fact]
    public Task Async_resolvers_complete_and_fail_like_sync_ones() => AssertResponseAsync(
        """{"errors":[{"message":"async failure","locations":[{"line":1,"column":14}],"path":["asyncFailing"]}],"data":{"asyncHello":"async hello","asyncFailing":null}}""",
        "{ asyncHello asyncFailing }");

    [Fact]
    public Task Root_value_is_the_parent_of_root_fields() => AssertResponseAsync(
        """{"data":{"id":"root","name":"Root"}}""",
        "{ id name }",
        schema: new GraphQLSchema(new ObjectType("Query", () => [Field("id", BuiltInScalars.ID), Field("name", BuiltInScalars.String)])),
        rootValue: new Dictionary<string, object?> { ["id"] = "root", ["name"] = "Root" });

    [Fact]
    public async Task Many_concurrent_async_fields_complete_in_selection_order()
    {
        ObjectType? node = null;
        node = new ObjectType("AsyncNode", () =>
        [
            AsyncField("value", BuiltInScalars.Int, async context =>
            {
                await Task.Yield();
                return context.Parent;
            }),
            AsyncField("children", new ListType(new NonNullType(node!)), async context =>
            {
                await Task.Yield();
                var value = (int)context.Parent!;
                return value < 100 ? Enumerable.Range(value * 10, 10).Cast<object>().ToArray() : Array.Empty<object>();
            }),
        ]);
        var schema = new GraphQLSchema(new ObjectType("Query", () => [Field("root", node, _ => 1)]));
        var expected = "{\"data\":{\"root\":{\"value\":1,\"children\":[" + string.Join(",", Enumerable.Range(10, 10).Select(child =>
            "{\"value\":" + child + ",\"children\":[" + string.Join(",", Enumerable.Range(child * 10, 10).Select(grandchild =>
                "{\"value\":" + grandchild + ",\"children\":[]}")) + "]}")) + "]}}}";

        for (var run = 0; run < 20; run++)
        {
            Assert.Equal(expected, await RunAsync("{ root { value children { value children { value children { value } } } } }", schema: schema));
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
