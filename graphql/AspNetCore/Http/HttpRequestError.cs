namespace Flowserv.GraphQL.AspNetCore.Http;

/// <summary>A request refused before GraphQL execution, with the HTTP status to answer it with.</summary>
internal sealed class HttpRequestError(int statusCode, string message, string code) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
