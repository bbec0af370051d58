using System.Collections.Concurrent;
using Flowserv.Engine.Execution.Processes;

namespace Flowserv.Engine.Tests.Execution.Processes;

/// <summary>Runs one command through a <see cref="ProcessRunner"/> and keeps every line it delivered.</summary>
internal sealed class RecordedRun
{
    // Not a performance bound: it only turns a hang into a failure, as every command here ends in far less.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<ProcessOutputLine> lines;

    private RecordedRun(ProcessResult result, ConcurrentQueue<ProcessOutputLine> lines)
    {
        Result = result;
        this.lines = lines;
    }

    public ProcessResult Result { get; }

    public IReadOnlyList<ProcessOutputLine> Lines => [.. lines];

    public IReadOnlyList<string> Stdout => Text(ProcessOutputStream.StandardOutput);

    public IReadOnlyList<string> Stderr => Text(ProcessOutputStream.StandardError);

    public static ProcessRunner Runner(ProcessRunnerOptions? options = null) =>
        new(options ?? new ProcessRunnerOptions(), TimeProvider.System);

    public static Task<RecordedRun> StartAsync(string commandLine, string workingDirectory) =>
        StartAsync(new ProcessCommand(commandLine, workingDirectory));

    /// <summary><paramref name="onLine"/> sees each line after it was recorded, to react to the step's progress.</summary>
    public static async Task<RecordedRun> StartAsync(
        ProcessCommand command,
        Action<ProcessOutputLine>? onLine = null,
        ProcessRunner? runner = null,
        CancellationToken cancellationToken = default)
    {
        var lines = new ConcurrentQueue<ProcessOutputLine>();
        var result = await (runner ?? Runner()).RunAsync(
            command,
            line =>
            {
                lines.Enqueue(line);
                onLine?.Invoke(line);
                return ValueTask.CompletedTask;
            },
            cancellationToken).WaitAsync(HangGuard, CancellationToken.None);
        return new RecordedRun(result, lines);
    }

    private List<string> Text(ProcessOutputStream stream) =>
        [.. lines.Where(line => line.Stream == stream).Select(line => line.Text)];
}
