using Flowserv.GraphQL.AspNetCore;
using Flowserv.Schema;

namespace Flowserv.Server.Authentication;

/// <summary>Authenticates every GraphQL request and hands the caller (and, for logout, the token) to the resolvers.</summary>
public sealed class CallerInterceptor(CallerAuthenticator authenticator) : IGraphQLRequestInterceptor
{
    public async ValueTask<bool> OnRequestAsync(GraphQLRequestContext context, CancellationToken cancellationToken)
    {
        if (!CallerAuthenticator.TryReadToken(context.HttpContext, context.ConnectionInitPayload, out var token))
        {
            return false;
        }
        RequestCaller.Set(context.RequestData, await authenticator.AuthenticateAsync(token, cancellationToken));
        RequestToken.Set(context.RequestData, token);
        return true;
    }
}
