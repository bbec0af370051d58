using System.Text.Json;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;
using static Flowserv.GraphQL.Tests.Execution.ExecutionTestSchema;

namespace Flowserv.GraphQL.Tests.Execution;

/// <summary>Source events handed to many subscribers as one instance: each operation's response is executed once.</summary>
public sealed class SharedSourceEventTests
{
    private const string Document = "subscription($prefix: String) { news { headline(prefix: $prefix) } }";

    private readonly List<object> events = [];
    private readonly TaskCompletionSource headlineStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? headlineGate;
    private int headlinesResolved;

    [Fact]
    public async Task Subscriptions_with_the_same_document_and_variables_share_one_execution_per_event()
    {
        events.AddRange([new SharedNews(1), new SharedNews(2)]);
        var document = Parser.Parse(Document);

        var first = await CollectAsync(document, """{"prefix":"breaking"}""");
        var second = await CollectAsync(document, """{"prefix":"breaking"}""");

        string[] expected =
        [
            Json("""{"data":{"news":{"headline":"breaking 1"}}}"""),
            Json("""{"data":{"news":{"headline":"breaking 2"}}}"""),
        ];
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Equal(2, headlinesResolved);
    }

    [Fact]
    public async Task Requests_with_the_same_query_and_variables_share_too()
    {
        events.AddRange([new SharedNews(1), new SharedNews(2)]);
        var executor = new RequestExecutor(Schema());
        var request = new GraphQLRequest { Query = Document, Variables = JsonDocument.Parse("""{"prefix":"breaking"}""").RootElement };

        var first = await CollectAsync(await executor.SubscribeAsync(request));
        var second = await CollectAsync(await executor.SubscribeAsync(request));

        Assert.Equal(first, second);
        Assert.Equal(Json("""{"data":{"news":{"headline":"breaking 2"}}}"""), second[1]);
        Assert.Equal(2, headlinesResolved);
    }

    [Fact]
    public async Task Different_variables_are_executed_separately()
    {
        events.Add(new SharedNews(1));
        var document = Parser.Parse(Document);

        var breaking = await CollectAsync(document, """{"prefix":"breaking"}""");
        var late = await CollectAsync(document, """{"prefix":"late"}""");

        Assert.Equal([Json("""{"data":{"news":{"headline":"breaking 1"}}}""")], breaking);
        Assert.Equal([Json("""{"data":{"news":{"headline":"late 1"}}}""")], late);
        Assert.Equal(2, headlinesResolved);
    }

    [Fact]
    public async Task Events_that_are_not_shared_are_executed_for_each_subscriber()
    {
        events.Add(new News(1));
        var document = Parser.Parse(Document);

        var first = await CollectAsync(document, """{"prefix":"breaking"}""");
        var second = await CollectAsync(document, """{"prefix":"breaking"}""");

        Assert.Equal(first, second);
        Assert.Equal(2, headlinesResolved);
    }

    [Fact]
    public async Task A_shared_response_with_errors_is_written_like_any_other()
    {
        events.Add(new SharedNews(13));
        var document = Parser.Parse(Document);

        var first = await CollectAsync(document, null);
        var second = await CollectAsync(document, null);

        string[] expected =
        [
            Json("""{"errors":[{"message":"unlucky","locations":[{"line":1,"column":40}],"path":["news","headline"]}],"data":{"news":{"headline":null}}}"""),
        ];
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Equal(1, headlinesResolved);
    }

    [Fact]
    public async Task A_response_computed_while_its_subscriber_left_is_not_shared()
    {
        events.Add(new SharedNews(1));
        var document = Parser.Parse(Document);
        headlineGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var leaving = new CancellationTokenSource();
        var leaver = await Executor.SubscribeAsync(new ExecutionArgs { Schema = Schema(), Document = document, CancellationToken = leaving.Token });
        var leaverReading = leaver.Stream!.GetAsyncEnumerator().MoveNextAsync().AsTask();
        await headlineStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));

        await leaving.CancelAsync();
        headlineGate.SetResult();
        Assert.True(await leaverReading);
        headlineGate = null;
        var stayer = await CollectAsync(document, null);

        Assert.Equal([Json("""{"data":{"news":{"headline":" 1"}}}""")], stayer);
        Assert.Equal(2, headlinesResolved);
    }

    private async Task<List<string>> CollectAsync(DocumentNode document, string? variables) =>
        await CollectAsync(await Executor.SubscribeAsync(new ExecutionArgs
        {
            Schema = Schema(),
            Document = document,
            VariableValues = variables is null ? null : JsonDocument.Parse(variables).RootElement,
        }));

    private static async Task<List<string>> CollectAsync(SubscriptionResult subscription)
    {
        var responses = new List<string>();
        await foreach (var response in subscription.Stream!)
        {
            responses.Add(Serialize(response));
        }

        return responses;
    }

    private async IAsyncEnumerable<object?> PublishedAsync()
    {
        foreach (var published in events)
        {
            await Task.Yield();
            yield return published;
        }
    }

    private GraphQLSchema Schema()
    {
        var news = new ObjectType("News", () =>
        [
            new FieldDefinition
            {
                Name = "headline",
                Type = BuiltInScalars.String,
                Arguments = [Argument("prefix", BuiltInScalars.String)],
                Resolver = async context =>
                {
                    Interlocked.Increment(ref headlinesResolved);
                    if (headlineGate is { } gate)
                    {
                        headlineStarted.TrySetResult();
                        await gate.Task;
                    }

                    var number = ((News)context.Parent!).Number;
                    return number == 13
                        ? throw new GraphQLException(new GraphQLError("unlucky"))
                        : $"{context.GetArgument<string>("prefix")} {number}";
                },
            },
        ]);
        var subscription = new ObjectType("Subscription", () =>
        [
            new FieldDefinition
            {
                Name = "news",
                Type = news,
                Subscriber = _ => new ValueTask<IAsyncEnumerable<object?>>(PublishedAsync()),
                Resolver = context => new ValueTask<object?>(context.Parent),
            },
        ]);
        return new GraphQLSchema(Query, subscription: subscription);
    }

    private record News(int Number);

    private sealed record SharedNews(int Number) : News(Number), ISharedSourceEvent
    {
        public SharedResponses Responses { get; } = new();
    }
}
