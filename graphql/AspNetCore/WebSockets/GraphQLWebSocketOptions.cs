namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>Settings of GraphQL over WebSockets (<c>graphql-transport-ws</c> and the legacy <c>graphql-ws</c>).</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a socket may stay unacknowledged after opening; then it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the legacy protocol sends <c>ka</c> (also sent right after <c>connection_ack</c>); null sends none.
    /// Apollo's SubscriptionClient treats a connection without <c>ka</c> for 30 s as dead, hence 15 s.
    /// </summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often <c>graphql-transport-ws</c> connections get a server <c>ping</c> after the ack; null (the default,
    /// as in graphql-ws's own server) sends none. The protocol makes server pings optional; clients answer with <c>pong</c>.
    /// </summary>
    public TimeSpan? PingInterval { get; set; }

    /// <summary>
    /// The most operations (subscriptions, and queries or mutations sent over the socket while they run)
    /// one connection may have open; one more gets an <c>error</c> message with the code
    /// <c>TOO_MANY_SUBSCRIPTIONS</c> and the socket stays open.
    /// </summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>
    /// The largest message a client may send, in bytes. A larger one closes the socket with 1009
    /// (RFC 6455 "Message Too Big"), the same code for both protocols, rather than 4400: the message was
    /// not read, so it is not known to be invalid.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;
}
