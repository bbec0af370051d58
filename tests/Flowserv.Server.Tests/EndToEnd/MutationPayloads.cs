using System.Text.Json;

namespace Flowserv.Server.Tests.EndToEnd;

/// <summary>Reads mutation payloads the way the contract shapes them: <c>x(input:) { ..., errors { code message } }</c>.</summary>
public static class MutationPayloads
{
    /// <summary>The payload of <paramref name="field"/>; fails when it reports errors.</summary>
    public static JsonElement Succeeded(JsonElement data, string field)
    {
        var payload = data.GetProperty(field);
        Assert.True(ErrorsOf(payload).Count == 0, $"{field} reported errors: {payload}");
        return payload;
    }

    /// <summary>The codes of the typed errors <paramref name="field"/> reported.</summary>
    public static IReadOnlyList<string?> ErrorCodes(JsonElement data, string field) =>
        ErrorsOf(data.GetProperty(field)).Select(error => error.GetProperty("code").GetString()).ToList();

    private static List<JsonElement> ErrorsOf(JsonElement payload) =>
        payload.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array ? errors.EnumerateArray().ToList() : [];
}
