namespace Flowserv.Engine.Execution.Processes;

/// <summary>
/// One command line of a workflow step. <see cref="CommandLine"/> is handed to <c>/bin/sh -c</c> as a single
/// argument, exactly as flowServ's <c>subprocess.run(cmd, shell=True)</c> does: the template author's shell
/// syntax works, and nothing is added to it.
/// </summary>
public sealed record ProcessCommand(string CommandLine, string WorkingDirectory)
{
    public ProcessEnvironment Environment { get; init; } = ProcessEnvironment.Inherited;

    /// <summary>Wall-clock limit; when it passes the whole process tree is stopped. Null means no limit.</summary>
    public TimeSpan? Timeout { get; init; }
}
