using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.Schema.Workflows;

namespace Flowserv.Schema.Leaderboards;

/// <summary>A changed ranking, numbered by the workflow stream event that changed it.</summary>
[GraphQLName("LeaderboardEvent")]
public sealed class LeaderboardEventObject(long sequence, Workflow workflow, Leaderboard leaderboard)
{
    public long Sequence { get; } = sequence;

    public WorkflowObject Workflow { get; } = WorkflowObject.From(workflow);

    public LeaderboardObject Leaderboard { get; } = new(leaderboard, workflow.Id);
}
