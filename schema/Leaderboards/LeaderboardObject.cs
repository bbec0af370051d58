using Flowserv.Engine.Services;
using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.Schema.Runs;
using Flowserv.Schema.Workflows;

namespace Flowserv.Schema.Leaderboards;

/// <summary>A workflow's ranking: public, like flowServ's.</summary>
[GraphQLName("Leaderboard")]
public sealed class LeaderboardObject(Leaderboard entity, string workflowId)
{
    [GraphQLIgnore]
    public Leaderboard Entity { get; } = entity;

    [GraphQLIgnore]
    public string WorkflowId { get; } = workflowId;

    public IEnumerable<ResultColumnObject> Schema => Entity.Schema.Columns.Select(column => new ResultColumnObject(column));

    public IReadOnlyList<SortColumn> OrderBy => Entity.OrderBy;

    public IEnumerable<LeaderboardEntryObject> Entries => Entity.Entries.Select(entry => new LeaderboardEntryObject(entry));

    public async Task<RunObject?> GetPostprocessingRunAsync(IResolverContext context) =>
        Entity.PostprocRunId is { } runId ? await RunLoaders.LoadAsync(context, runId) : null;
}
