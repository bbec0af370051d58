using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Paging;

namespace Flowserv.Schema.Users;

[ExtendObjectType("Query")]
public sealed class UserQueries
{
    [GraphQLDescription("The signed-in user; null for anonymous callers.")]
    public async Task<UserObject?> GetMeAsync(IResolverContext context) =>
        RequestCaller.Get(context).UserId is { } userId ? await UserLoaders.LoadAsync(context, userId) : null;

    [GraphQLDescription("Active users whose name starts with `query` (signed-in callers only).")]
    [UsePaging(AllowBackwardPagination = false)]
    public async Task<IEnumerable<UserObject>> GetUsersAsync(IResolverContext context, string? query)
    {
        var caller = RequestCaller.Get(context);
        var users = await context.CallAsync<UserService, IReadOnlyList<UserAccount>>(users => users.ListAsync(caller, query, context.CancellationToken));
        return users.Select(user => new UserObject(user));
    }
}
