namespace Flowserv.Engine.Execution.Workers;

/// <summary>How a container step's commands run (flowServ's worker <c>type</c>).</summary>
public enum WorkerType
{
    /// <summary><c>/bin/sh -c</c> on the server, in the run folder.</summary>
    Subprocess,

    /// <summary><c>docker run</c> of the step's image with the run folder mounted.</summary>
    Docker,
}
