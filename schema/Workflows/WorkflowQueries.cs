using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Filtering;
using Flowserv.GraphQL.Paging;
using Flowserv.GraphQL.Sorting;

namespace Flowserv.Schema.Workflows;

[ExtendObjectType("Query")]
public sealed class WorkflowQueries
{
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public Task<IQueryable<WorkflowObject>> GetWorkflowsAsync(IResolverContext context) =>
        context.QueryAsync<WorkflowService, WorkflowObject>(workflows =>
            Task.FromResult(workflows.QueryAll().OrderBy(workflow => workflow.Name).Select(WorkflowObject.Projection)));

    public Task<WorkflowObject?> GetWorkflowAsync(IResolverContext context, [ID("Workflow")] string id) => WorkflowLoaders.LoadAsync(context, id);
}
