using System.Text.Json;

namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Where a protocol sends the messages of one operation id. With an <see cref="Operation"/>, messages are
/// dropped once the client stopped it, so nothing for an id follows the client's stop or complete.
/// </summary>
internal readonly record struct OperationOutbox(GraphQLWebSocketSession Session, string Id, Operation? Operation)
{
    public ValueTask SendAsync(string type, Action<Utf8JsonWriter>? payload = null) => Session.SendAsync(type, Id, payload, Operation);
}
