using System.Text.Json;
using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// A message of either protocol: both frame every message as <c>{ type, id?, payload? }</c>, and both
/// carry a GraphQL request as <c>{ query, operationName?, variables?, extensions? }</c>.
/// </summary>
internal readonly record struct WebSocketMessage(string Type, string? Id, JsonElement Payload)
{
    /// <summary>The message in <paramref name="root"/>, or null when it is not an object with a string type and an optional string id.</summary>
    public static WebSocketMessage? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object ||
            !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string? id = null;
        if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            if (idElement.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            id = idElement.GetString();
        }

        return new WebSocketMessage(type.GetString()!, id, root.TryGetProperty("payload", out var payload) ? payload : default);
    }

    /// <summary>Whether the payload is absent, null or an object: the only shapes <c>connection_init</c> may have.</summary>
    public bool HasOptionalObjectPayload => Payload.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object;

    /// <summary>The GraphQL request in the payload (copied out of the message), or null when it is not well-formed.</summary>
    public GraphQLRequest? ReadRequest()
    {
        if (Payload.ValueKind != JsonValueKind.Object ||
            !Payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String ||
            !TryReadOptional(Payload, "operationName", JsonValueKind.String, out var operationName) ||
            !TryReadOptional(Payload, "variables", JsonValueKind.Object, out var variables) ||
            !TryReadOptional(Payload, "extensions", JsonValueKind.Object, out var extensions))
        {
            return null;
        }

        return new GraphQLRequest
        {
            Query = query.GetString()!,
            OperationName = operationName?.GetString(),
            Variables = variables?.Clone(),
            Extensions = extensions is { } present ? PlainValues.MapFromJson(present) : null,
        };
    }

    /// <summary>Writes a server message, escaped as JSON.stringify escapes when the writer uses <see cref="ExecutionResultWriter.Options"/>.</summary>
    public static void Write(Utf8JsonWriter writer, string type, string? id, Action<Utf8JsonWriter>? payload)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        if (payload is not null)
        {
            writer.WritePropertyName("payload");
            payload(writer);
        }

        writer.WriteEndObject();
    }

    private static bool TryReadOptional(JsonElement payload, string name, JsonValueKind kind, out JsonElement? value)
    {
        value = null;
        if (!payload.TryGetProperty(name, out var member) || member.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        value = member;
        return member.ValueKind == kind;
    }
}
