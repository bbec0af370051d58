using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.Schema.Groups;
using Flowserv.Schema.Runs;

namespace Flowserv.Schema.Leaderboards;

/// <summary>
/// One ranked run. Ranked runs and their groups are public; the runs' details stay with their members. The run
/// comes with the ranking; a group deleted between the ranking and its load is reported as unknown.
/// </summary>
[GraphQLName("LeaderboardEntry")]
public sealed class LeaderboardEntryObject(LeaderboardEntry entity)
{
    [GraphQLIgnore]
    public LeaderboardEntry Entity { get; } = entity;

    public int Rank => Entity.Rank;

    public RunObject Run => RunObject.From(Entity.Run);

    public async Task<GroupObject> GetGroupAsync(IResolverContext context) =>
        await GroupLoaders.LoadAsync(context, Entity.GroupId)
        ?? throw EngineScope.ToGraphQLException(UnknownObjectException.Group(Entity.GroupId));

    public IEnumerable<ResultValueObject> Values => Entity.Values.Select(value => new ResultValueObject(value.Key, value.Value));
}
