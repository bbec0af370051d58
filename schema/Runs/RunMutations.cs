using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Runs;

/// <summary>Starting, canceling and deleting runs (group members only).</summary>
[ExtendObjectType("Mutation")]
public sealed class RunMutations
{
    public Task<RunObject> StartRunAsync([ID("Group")] string groupId, IReadOnlyList<ArgumentInput> arguments, IResolverContext context)
    {
        var runArguments = arguments.Select(argument => argument.ToRunArgument()).ToList();
        return CallAsync(context, runs => runs.StartAsync(RequestCaller.Get(context), groupId, runArguments, context.CancellationToken));
    }

    public Task<RunObject> CancelRunAsync([ID("Run")] string runId, string? reason, IResolverContext context) =>
        CallAsync(context, runs => runs.CancelAsync(RequestCaller.Get(context), runId, reason, context.CancellationToken));

    public Task<DeleteRunPayload> DeleteRunAsync([ID("Run")] string runId, IResolverContext context) =>
        context.CallAsync<RunService, DeleteRunPayload>(async runs =>
        {
            await runs.DeleteAsync(RequestCaller.Get(context), runId, context.CancellationToken);
            return new DeleteRunPayload(runId);
        });

    private static Task<RunObject> CallAsync(IResolverContext context, Func<RunService, Task<Run>> call) =>
        context.CallAsync<RunService, RunObject>(async runs => RunObject.From(await call(runs)));
}
