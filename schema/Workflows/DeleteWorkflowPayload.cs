using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Workflows;

/// <summary>The id of the workflow that no longer exists.</summary>
public sealed class DeleteWorkflowPayload(string workflowId)
{
    [ID("Workflow")]
    public string? WorkflowId { get; } = workflowId;
}
