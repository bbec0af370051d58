using System.Text.Json;

namespace Flowserv.Schema.Tests.Subscriptions;

/// <summary>Reads a run event (<c>{ sequence kind run { id state } }</c>) from a subscription event's data.</summary>
internal static class RunEventData
{
    public static (long Sequence, string? Kind, string? RunId, string? State) Read(JsonElement? data, string field)
    {
        var runEvent = data!.Value.GetProperty(field);
        var run = runEvent.GetProperty("run");
        return (runEvent.GetProperty("sequence").GetInt64(), runEvent.GetProperty("kind").GetString(), run.GetProperty("id").GetString(), run.GetProperty("state").GetString());
    }
}
