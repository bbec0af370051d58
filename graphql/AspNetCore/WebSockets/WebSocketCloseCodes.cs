namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>The close codes of RFC 6455 and graphql-ws's PROTOCOL.md this server uses, with their reasons.</summary>
internal static class WebSocketCloseCodes
{
    public const int NormalClosure = 1000;
    public const int GoingAway = 1001;
    public const int MessageTooBig = 1009;
    public const int InternalError = 1011;
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
    public const int InternalServerError = 4500;
}
