using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Workflows;

/// <summary>Workflows by id, batched per request; workflows are public.</summary>
public static class WorkflowLoaders
{
    public static async Task<WorkflowObject?> LoadAsync(IResolverContext context, string workflowId) =>
        await context.LoadAsync<WorkflowService, string, Workflow>(
            "workflows-by-id", workflowId, (workflows, ids, cancellationToken) => workflows.GetManyAsync(ids, cancellationToken)) is { } workflow
            ? WorkflowObject.From(workflow)
            : null;
}
