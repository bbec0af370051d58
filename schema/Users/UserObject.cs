using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Paging;
using Flowserv.GraphQL.Relay;
using Flowserv.Schema.Groups;

namespace Flowserv.Schema.Users;

/// <summary>A user as anyone may see them: id and name.</summary>
[Node]
[GraphQLName("User")]
public sealed class UserObject(UserAccount entity)
{
    [GraphQLIgnore]
    public UserAccount Entity { get; } = entity;

    public string Id => Entity.Id;

    public string Username => Entity.Username;

    /// <summary>The user's groups that the caller may see too (all of them for the user themself).</summary>
    [UsePaging(AllowBackwardPagination = false)]
    public Task<IQueryable<GroupObject>> GetGroupsAsync(IResolverContext context)
    {
        var caller = RequestCaller.Get(context);
        return context.QueryAsync<GroupService, GroupObject>(groups =>
            Task.FromResult(groups.QueryMemberships(caller, Id).Select(group => new GroupObject(group))));
    }

    [NodeResolver]
    public static Task<UserObject?> GetAsync(string id, IResolverContext context) => UserLoaders.LoadAsync(context, id);
}
