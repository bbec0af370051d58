namespace Flowserv.Engine.Data;

/// <summary>
/// A run that was input to the workflow's latest post-processing run. <see cref="Rank"/> is the position
/// in the sorted run ids (flowServ's definition), used to detect when the best-per-group set changes.
/// </summary>
public sealed class PostprocRankingEntry
{
    public required string WorkflowId { get; init; }

    public required string RunId { get; init; }

    public int Rank { get; init; }
}
