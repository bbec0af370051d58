using System.Text.Json;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Execution;
using Flowserv.Schema.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Schema.Tests.Subscriptions;

/// <summary>
/// A subscription executed through the request executor as a given caller, in a DI scope that lives as long as
/// the subscription (like a socket's), read event by event as JSON. Every wait is bounded only to turn a hang
/// into a failure.
/// </summary>
internal sealed class LiveOperation : IAsyncDisposable
{
    // A run started by a test executes on a loaded two-core machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly AsyncServiceScope scope;
    private readonly CancellationTokenSource cancel = new(Patience);
    private readonly IAsyncEnumerator<ExecutionResult>? events;

    private LiveOperation(AsyncServiceScope scope, SubscriptionResult result)
    {
        this.scope = scope;
        events = result.Stream?.GetAsyncEnumerator(cancel.Token);
        Refusal = result.Result is { } refusal ? ToJson(refusal) : null;
    }

    /// <summary>The single result when the subscription did not start (e.g. its errors), else null.</summary>
    public JsonElement? Refusal { get; }

    public static async Task<LiveOperation> StartAsync(SchemaFixture fixture, string query, Caller caller, IReadOnlyDictionary<string, object?> variables)
    {
        var scope = fixture.Engine.Get<IServiceScopeFactory>().CreateAsyncScope();
        var requestData = new Dictionary<string, object?>();
        RequestCaller.Set(requestData, caller);
        var result = await fixture.Executor.SubscribeAsync(new GraphQLRequest { Query = query, Variables = variables }, scope.ServiceProvider, requestData);
        return new LiveOperation(scope, result);
    }

    /// <summary>The error codes of a refused subscription; fails if it started.</summary>
    public IReadOnlyList<string?> RefusalCodes()
    {
        var refusal = Refusal ?? throw new Xunit.Sdk.XunitException("The subscription started instead of being refused.");
        return [.. refusal.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("extensions").GetProperty("code").GetString())];
    }

    /// <summary>The next event's <c>data</c>, or null when the stream completed; fails on errors.</summary>
    public async Task<JsonElement?> NextAsync()
    {
        var stream = events ?? throw new Xunit.Sdk.XunitException($"The subscription was refused: {Refusal}");
        if (!await stream.MoveNextAsync())
        {
            return null;
        }
        var result = ToJson(stream.Current);
        Assert.False(result.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return result.GetProperty("data");
    }

    /// <summary>The next <paramref name="count"/> events' <c>data</c>; fails if the stream completes first.</summary>
    public async Task<List<JsonElement>> TakeAsync(int count)
    {
        var taken = new List<JsonElement>();
        while (taken.Count < count)
        {
            taken.Add(await NextAsync() ?? throw new Xunit.Sdk.XunitException($"The subscription completed after {taken.Count} of {count} events."));
        }
        return taken;
    }

    /// <summary>Every remaining event's <c>data</c> up to the stream's completion.</summary>
    public async Task<List<JsonElement>> ReadToCompletionAsync()
    {
        var all = new List<JsonElement>();
        while (await NextAsync() is { } data)
        {
            all.Add(data);
        }
        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await cancel.CancelAsync();
        if (events is not null)
        {
            await events.DisposeAsync();
        }
        await scope.DisposeAsync();
        cancel.Dispose();
    }

    private static JsonElement ToJson(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(ExecutionResultWriter.ToUtf8Bytes(result));
        return document.RootElement.Clone();
    }
}
