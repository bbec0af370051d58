using Flowserv.GraphQL.AspNetCore;
using Flowserv.Schema;

namespace Flowserv.Server.Authentication;

/// <summary>Authenticates every GraphQL request and hands the caller to the resolvers.</summary>
public sealed class CallerInterceptor(CallerAuthenticator authenticator) : IGraphQLRequestInterceptor
{
    public async ValueTask<bool> OnRequestAsync(GraphQLRequestContext context, CancellationToken cancellationToken)
    {
        var caller = await authenticator.AuthenticateAsync(context.HttpContext, context.ConnectionInitPayload, cancellationToken);
        if (caller is null)
        {
            return false;
        }
        RequestCaller.Set(context.RequestData, caller);
        return true;
    }
}
