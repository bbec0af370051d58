using System.Runtime.CompilerServices;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;
using static Flowserv.GraphQL.Tests.Execution.ExecutionTestSchema;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private readonly TaskCompletionSource sourceDisposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task Each_event_is_executed_with_the_event_as_root_value_in_order()
    {
        var responses = await CollectAsync("subscription { counter(to: 3) { value square } }");
        Assert.Equal(
            [
                Json("""{"data":{"counter":{"value":1,"square":1}}}"""),
                Json("""{"data":{"counter":{"value":2,"square":4}}}"""),
                Json("""{"data":{"counter":{"value":3,"square":9}}}"""),
            ],
            responses);
    }

    [Fact]
    public async Task Errors_in_one_event_do_not_end_the_stream()
    {
        var responses = await CollectAsync("subscription { counter(to: 2) { failsOnOdd } }");
        Assert.Equal(
            [
                Json("""{"errors":[{"message":"odd","locations":[{"line":1,"column":33}],"path":["counter","failsOnOdd"]}],"data":{"counter":{"failsOnOdd":null}}}"""),
                Json("""{"data":{"counter":{"failsOnOdd":2}}}"""),
            ],
            responses);
    }

    [Fact]
    public async Task Stopping_the_consumer_disposes_the_source_stream()
    {
        var subscription = await SubscribeAsync("subscription { ticks }");
        var received = 0;
        await foreach (var response in subscription.Stream!)
        {
            Assert.Equal(Json($$$"""{"data":{"ticks":{{{received}}}}}"""), Serialize(response));
            if (++received == 2)
            {
                break;
            }
        }

        await sourceDisposed.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Cancelling_the_consumer_disposes_the_source_stream()
    {
        var subscription = await SubscribeAsync("subscription { ticks }");
        using var cancellation = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in subscription.Stream!.WithCancellation(cancellation.Token))
            {
                await cancellation.CancelAsync();
            }
        });
        await sourceDisposed.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Subscriber_errors_are_returned_without_data()
    {
        var subscription = await SubscribeAsync("subscription { forbidden }");
        Assert.Null(subscription.Stream);
        Assert.Equal(
            Json("""{"errors":[{"message":"Not subscribed","locations":[{"line":1,"column":16}],"path":["forbidden"]}]}"""),
            Serialize(subscription.Result!));
    }

    [Fact]
    public async Task Undefined_subscription_field_is_an_error()
    {
        var subscription = await SubscribeAsync("subscription { nope }");
        Assert.Equal(
            Json("""{"errors":[{"message":"The subscription field \"nope\" is not defined.","locations":[{"line":1,"column":16}]}]}"""),
            Serialize(subscription.Result!));
    }

    [Fact]
    public async Task Variable_errors_are_request_errors()
    {
        var subscription = await SubscribeAsync("subscription($n: Int!) { counter(to: $n) { value } }");
        Assert.Equal(
            Json("""{"errors":[{"message":"Variable \"$n\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":14}],"extensions":{"code":"BAD_USER_INPUT"}}]}"""),
            Serialize(subscription.Result!));
    }

    private static async IAsyncEnumerable<object?> Count(int to)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private async IAsyncEnumerable<object?> Ticks([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                await Task.Delay(1, cancellationToken);
                yield return i;
            }
        }
        finally
        {
            sourceDisposed.TrySetResult();
        }
    }

    private GraphQLSchema Schema()
    {
        var tick = new ObjectType("Tick", () =>
        [
            Field("value", BuiltInScalars.Int, context => context.Parent),
            Field("square", BuiltInScalars.Int, context => (int)context.Parent! * (int)context.Parent!),
            Field("failsOnOdd", BuiltInScalars.Int, context => (int)context.Parent! % 2 == 1 ? throw new GraphQLException(new GraphQLError("odd")) : context.Parent),
        ]);
        var subscription = new ObjectType("Subscription", () =>
        [
            new FieldDefinition
            {
                Name = "counter",
                Type = tick,
                Arguments = [Argument("to", new NonNullType(BuiltInScalars.Int))],
                Subscriber = context => new ValueTask<IAsyncEnumerable<object?>>(Count(context.GetArgument<int>("to"))),
                Resolver = context => new ValueTask<object?>(context.Parent),
            },
            new FieldDefinition
            {
                Name = "ticks",
                Type = BuiltInScalars.Int,
                Subscriber = _ => new ValueTask<IAsyncEnumerable<object?>>(Ticks()),
                Resolver = context => new ValueTask<object?>(context.Parent),
            },
            new FieldDefinition
            {
                Name = "forbidden",
                Type = BuiltInScalars.Int,
                Subscriber = _ => throw new GraphQLException(new GraphQLError("Not subscribed")),
            },
        ]);
        return new GraphQLSchema(Query, subscription: subscription);
    }

    private Task<SubscriptionResult> SubscribeAsync(string query) =>
        Executor.SubscribeAsync(new ExecutionArgs { Schema = Schema(), Document = Parser.Parse(query) });

    private async Task<List<string>> CollectAsync(string query)
    {
        var subscription = await SubscribeAsync(query);
        var responses = new List<string>();
        await foreach (var response in subscription.Stream!)
        {
            responses.Add(Serialize(response));
        }

        return responses;
    }
}
