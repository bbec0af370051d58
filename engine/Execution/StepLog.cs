using System.Text;
using System.Threading.Channels;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Processes;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Execution;

/// <summary>
/// The output of one running step: each line is stored as a <see cref="RunLogLine"/> (and so announced) in
/// batches by a background writer, so a chatty step is not slowed to one transaction per line; the text is
/// also kept for the run's error messages. Disposing waits until every line is stored.
/// </summary>
internal sealed class StepLog : IAsyncDisposable
{
    private const int MaxBatch = 500;

    private readonly Channel<RunLogLine> pending = Channel.CreateUnbounded<RunLogLine>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly IDbContextFactory<FlowservDbContext> contexts;
    private readonly string runId;
    private readonly string step;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly Task writer;

    public StepLog(IDbContextFactory<FlowservDbContext> contexts, string runId, string step, long lastSequence)
    {
        this.contexts = contexts;
        this.runId = runId;
        this.step = step;
        LastSequence = lastSequence;
        writer = Task.Run(WriteAsync);
    }

    /// <summary>The sequence number of the latest line; the next step's log continues from it.</summary>
    public long LastSequence { get; private set; }

    public string StandardOutput => stdout.ToString();

    public string StandardError => stderr.ToString();

    public ValueTask AppendAsync(ProcessOutputLine line)
    {
        var isError = line.Stream == ProcessOutputStream.StandardError;
        (isError ? stderr : stdout).Append(line.Text).Append('\n');
        pending.Writer.TryWrite(new RunLogLine
        {
            RunId = runId,
            Sequence = ++LastSequence,
            Step = step,
            Stream = isError ? LogStream.Stderr : LogStream.Stdout,
            Text = line.Text,
            Timestamp = line.Timestamp.UtcDateTime,
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        pending.Writer.TryComplete();
        await writer;
    }

    // Lines already produced are stored even when the run is being canceled, so the log shows how far it got.
    private async Task WriteAsync()
    {
        var reader = pending.Reader;
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<RunLogLine>();
            while (batch.Count < MaxBatch && reader.TryRead(out var line))
            {
                batch.Add(line);
            }
            await using var db = await contexts.CreateDbContextAsync();
            db.RunLogLines.AddRange(batch);
            await db.SaveChangesAsync();
        }
    }
}
