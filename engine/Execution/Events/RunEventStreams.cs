using Flowserv.Engine.Data;

namespace Flowserv.Engine.Execution.Events;

/// <summary>
/// Names of the event streams a run's events are written to: its own, its group's and its workflow's, so
/// <c>runUpdated</c>, <c>groupRunsChanged</c> and <c>workflowRunsChanged</c> each replay one ordered stream.
/// </summary>
public static class RunEventStreams
{
    public static string Run(string runId) => "run:" + runId;

    public static string Group(string groupId) => "group:" + groupId;

    public static string Workflow(string workflowId) => "workflow:" + workflowId;

    /// <summary>
    /// The streams an event of <paramref name="kind"/> goes to. Step progress is detail of one run, so only the
    /// run's own stream carries it; a post-processing run has no group stream.
    /// </summary>
    internal static IEnumerable<string> For(RunEventKind kind, string runId, string workflowId, string? groupId)
    {
        yield return Run(runId);
        if (kind == RunEventKind.StepChanged)
        {
            yield break;
        }
        if (groupId is not null)
        {
            yield return Group(groupId);
        }
        yield return Workflow(workflowId);
    }
}
