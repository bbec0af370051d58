using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Runs;

/// <summary>The id of the run that no longer exists.</summary>
public sealed class DeleteRunPayload(string runId)
{
    [ID("Run")]
    public string? RunId { get; } = runId;
}
