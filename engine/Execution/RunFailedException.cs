namespace Flowserv.Engine.Execution;

/// <summary>An expected way for a run to fail (a step's exit code, a missing output, a bad result file): the run ends in ERROR with <see cref="Messages"/>.</summary>
internal sealed class RunFailedException(IReadOnlyList<string> messages) : Exception(string.Join(Environment.NewLine, messages))
{
    public RunFailedException(string message)
        : this([message])
    {
    }

    public IReadOnlyList<string> Messages { get; } = messages;
}
