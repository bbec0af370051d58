using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Flowserv.Server.Tests;

/// <summary>How the GraphQL endpoint treats credentials over HTTP and in a socket's connection_init.</summary>
public sealed class AuthenticationTests(DownloadFixture fixture) : IClassFixture<DownloadFixture>
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer unknown-token")]
    public async Task AnonymousAndUnknownCallersAreLetThrough(string? authorization)
    {
        var response = await PostTypename(authorization);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignedInCallerIsLetThrough()
    {
        var response = await PostTypename("Bearer " + fixture.OwnerToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Basic b3duZXI6c2VjcmV0")]
    [InlineData("Bearer ")]
    public async Task MalformedAuthorizationIsRefused(string authorization)
    {
        var response = await PostTypename(authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SocketWithBearerTokenIsAcknowledged()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = "Bearer " + fixture.OwnerToken } });

        using var reply = JsonDocument.Parse(await ReceiveAsync(socket));
        Assert.Equal("connection_ack", reply.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task SocketWithMalformedAuthorizationIsClosedWith4403()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = "Token " + fixture.OwnerToken } });

        var first = await socket.ReceiveAsync(new byte[4096], CancellationToken.None);
        Assert.Equal(WebSocketMessageType.Close, first.MessageType);
        Assert.Equal(4403, (int?)first.CloseStatus);
    }

    [Fact]
    public async Task SocketWithoutCredentialsInItsPayloadIsJudgedByItsUpgradeHeaders()
    {
        using var socket = await ConnectAsync("Basic b3duZXI6c2VjcmV0");

        await SendAsync(socket, new { type = "connection_init", payload = new { } });

        var first = await socket.ReceiveAsync(new byte[4096], CancellationToken.None);
        Assert.Equal(WebSocketMessageType.Close, first.MessageType);
        Assert.Equal(4403, (int?)first.CloseStatus);
    }

    private async Task<HttpResponseMessage> PostTypename(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await fixture.Server.CreateClient().SendAsync(request);
    }

    private async Task<WebSocket> ConnectAsync(string? authorization = null)
    {
        var client = fixture.Server.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (authorization is not null)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = authorization;
        }
        return await client.ConnectAsync(new Uri(fixture.Server.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<string> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }
}
