using Flowserv.Engine.Services;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Users;

/// <summary>Users by id, batched per request.</summary>
public static class UserLoaders
{
    public static async Task<UserObject?> LoadAsync(IResolverContext context, string userId) =>
        await context.LoadAsync<UserService, string, UserAccount>(
            "users-by-id", userId, (users, ids, cancellationToken) => users.GetManyAsync(ids, cancellationToken)) is { } user
            ? new UserObject(user)
            : null;
}
