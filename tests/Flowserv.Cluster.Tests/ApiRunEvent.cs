using System.Text.Json;
using Flowserv.Engine.Data;
using Flowserv.GraphQL.Relay;

namespace Flowserv.Cluster.Tests;

/// <summary>A run event as a GraphQL subscriber receives it, comparable with the one the database stores.</summary>
internal sealed record ApiRunEvent(long Sequence, string Kind, string RunId, string State)
{
    private const string Selection = "{ sequence kind run { id state } }";

    public const string GroupRunsChanged =
        "subscription ($groupId: ID!, $afterSequence: Long) { groupRunsChanged(groupId: $groupId, afterSequence: $afterSequence) " + Selection + " }";

    public const string RunUpdated = "subscription ($runId: ID!) { runUpdated(runId: $runId) " + Selection + " }";

    /// <summary>The event of a subscription's <c>data</c>, under its field <paramref name="field"/>.</summary>
    public static ApiRunEvent Of(JsonElement data, string field)
    {
        var runEvent = data.GetProperty(field);
        var run = runEvent.GetProperty("run");
        return new ApiRunEvent(
            runEvent.GetProperty("sequence").GetInt64(),
            runEvent.GetProperty("kind").GetString()!,
            RawRunId(run.GetProperty("id").GetString()!),
            run.GetProperty("state").GetString()!);
    }

    /// <summary>The database's id of a run the API names by <paramref name="globalId"/>.</summary>
    public static string RawRunId(string globalId) => GlobalId.Parse(globalId, "Run");

    /// <summary>How the API presents a stored event.</summary>
    public static ApiRunEvent Of(RunEvent stored) =>
        new(stored.Sequence, JsonNamingPolicy.SnakeCaseUpper.ConvertName(stored.Kind.ToString()), stored.RunId, stored.State.ToCode());

    public bool IsFinal => State is not ("PENDING" or "RUNNING");
}
