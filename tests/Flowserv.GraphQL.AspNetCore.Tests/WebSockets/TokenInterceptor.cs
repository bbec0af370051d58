namespace Flowserv.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>
/// The authentication hook as a host would write it: <c>{ "authorization": "Bearer &lt;name&gt;" }</c> in the
/// connection_init payload makes the caller &lt;name&gt;, except "intruder", who is refused; no token is anonymous.
/// </summary>
internal sealed class TokenInterceptor : IGraphQLRequestInterceptor
{
    private int calls;

    public int Calls => calls;

    public IReadOnlyDictionary<string, object?>? LastPayload { get; private set; }

    public ValueTask<bool> OnRequestAsync(GraphQLRequestContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        LastPayload = context.ConnectionInitPayload;
        if (context.ConnectionInitPayload?.GetValueOrDefault("authorization") is not string authorization)
        {
            return ValueTask.FromResult(true);
        }

        var user = authorization["Bearer ".Length..];
        context.RequestData[TestSchema.UserKey] = user;
        return ValueTask.FromResult(user != "intruder");
    }
}
