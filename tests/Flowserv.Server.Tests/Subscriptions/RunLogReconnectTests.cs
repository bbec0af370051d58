using System.Text.Json;

namespace Flowserv.Server.Tests.Subscriptions;

/// <summary>The reconnect test: a client that drops its socket and resumes from its last sequence number loses nothing and gets nothing twice.</summary>
public sealed class RunLogReconnectTests(ScriptServer server) : IClassFixture<ScriptServer>
{
    private const int LineCount = 200;

    private const string RunLog = "subscription ($runId: ID!, $after: Long) { runLog(runId: $runId, afterSequence: $after) { sequence text } }";

    [Fact]
    public async Task ResubscribingWithTheLastSequenceNumberCompletesTheLogExactly()
    {
        var runId = await server.StartRunAsync($"for i in $(seq 1 {LineCount}); do echo \"line $i\"; sleep 0.01; done; mkdir -p results && echo '{{\"score\": 1}}' > results/result.json");

        List<JsonElement> beforeTheDrop;
        await using (var first = await server.SubscribeAsync(server.OwnerToken, RunLog, new { runId, after = (long?)null }))
        {
            beforeTheDrop = await first.ReadUntilAsync(data => Line(data).Sequence >= LineCount / 4);
        }
        var lastSeen = Line(beforeTheDrop[^1]).Sequence;
        await using var second = await server.SubscribeAsync(server.OwnerToken, RunLog, new { runId, after = lastSeen });
        var afterTheDrop = await second.ReadToCompletionAsync();

        var lines = beforeTheDrop.Concat(afterTheDrop).Select(Line).ToList();
        Assert.Equal(Enumerable.Range(1, LineCount).Select(n => (long)n), lines.Select(line => line.Sequence));
        Assert.Equal(Enumerable.Range(1, LineCount).Select(n => $"line {n}"), lines.Select(line => line.Text));
        Assert.Equal(await server.StoredLogAsync(runId), lines.Select(line => line.Text));
    }

    private static (long Sequence, string? Text) Line(JsonElement data)
    {
        var line = data.GetProperty("runLog");
        return (line.GetProperty("sequence").GetInt64(), line.GetProperty("text").GetString());
    }
}
