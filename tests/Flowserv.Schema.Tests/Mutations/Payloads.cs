using System.Text.Json;

namespace Flowserv.Schema.Tests.Mutations;

/// <summary>What a client reads from a mutation payload: its data, or the one typed error it reports.</summary>
internal static class Payloads
{
    /// <summary>The payload's <paramref name="field"/> after checking that it reports no errors.</summary>
    public static JsonElement Succeeded(JsonElement payload, string field)
    {
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"Errors reported: {payload}");
        return payload.GetProperty(field);
    }

    /// <summary>The <c>__typename</c> and <c>code</c> of the payload's single error, after checking that <paramref name="field"/> is null.</summary>
    public static (string? TypeName, string? Code) Failed(JsonElement payload, string field)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(field).ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString());
    }

    /// <summary>The selection every test reads errors with.</summary>
    public const string Errors = "errors { __typename message code }";
}
