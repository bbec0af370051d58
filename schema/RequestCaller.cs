using Flowserv.Engine.Services;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema;

/// <summary>
/// The caller of a GraphQL request, as the host authenticated it before execution; resolvers pass it to
/// the engine services, which make every authorization decision.
/// </summary>
public static class RequestCaller
{
    private const string Key = "Flowserv.Caller";

    /// <summary>The request's caller; anonymous when the host authenticated no one (e.g. a schema executed directly).</summary>
    public static Caller Get(IResolverContext context) =>
        context.RequestData.TryGetValue(Key, out var value) && value is Caller caller ? caller : Caller.Anonymous;

    public static void Set(IDictionary<string, object?> requestData, Caller caller) => requestData[Key] = caller;
}
