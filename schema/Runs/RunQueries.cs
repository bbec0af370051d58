using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Filtering;
using Flowserv.GraphQL.Paging;
using Flowserv.GraphQL.Sorting;

namespace Flowserv.Schema.Runs;

[ExtendObjectType("Query")]
public sealed class RunQueries
{
    /// <summary>A run the caller may see; others give null with an UNKNOWN_RUN or UNAUTHORIZED error.</summary>
    public async Task<RunObject?> GetRunAsync(IResolverContext context, [ID("Run")] string id)
    {
        var caller = RequestCaller.Get(context);
        return RunObject.From(await context.CallAsync<RunService, Run>(runs => runs.GetRowAsync(caller, id, context.CancellationToken)));
    }

    [GraphQLDescription("Runs the caller may see (members of their groups; post-processing runs are public).")]
    // Newest first unless `order` says otherwise.
    [UsePaging(MaxPageSize = 100)]
    [UseFiltering]
    [UseSorting]
    public Task<IQueryable<RunObject>> GetRunsAsync(IResolverContext context)
    {
        var caller = RequestCaller.Get(context);
        return context.QueryAsync<RunService, RunObject>(runs =>
            Task.FromResult(runs.QueryVisible(caller).OrderByDescending(run => run.CreatedAt).ThenBy(run => run.Id).Select(RunObject.Projection)));
    }
}
