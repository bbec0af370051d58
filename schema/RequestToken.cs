using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema;

/// <summary>
/// The access token the caller presented, as the host read it before execution; <c>logout</c> needs the token
/// itself, not just the caller it stands for.
/// </summary>
public static class RequestToken
{
    private const string Key = "Flowserv.Token";

    /// <summary>The request's token; null when the caller sent none (or the host authenticated no one).</summary>
    public static string? Get(IResolverContext context) =>
        context.RequestData.TryGetValue(Key, out var value) ? value as string : null;

    public static void Set(IDictionary<string, object?> requestData, string? token) => requestData[Key] = token;
}
