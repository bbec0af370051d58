namespace Flowserv.Engine.Execution.Processes;

/// <summary>How a step's variables combine with the server's own environment.</summary>
public enum ProcessEnvironmentMode
{
    /// <summary>
    /// flowServ's SubprocessWorker rule (Python <c>subprocess</c> semantics): any variables replace the server
    /// environment entirely; none at all means the server environment is inherited. The default.
    /// </summary>
    ReplaceWhenNonEmpty,

    /// <summary>The server environment, with the variables added or overriding entries of the same name.</summary>
    Inherit,

    /// <summary>Exactly the variables, even when there are none: nothing of the server environment leaks in.</summary>
    Replace,
}
