using System.Buffers;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Flowserv.Engine.Execution.Processes;

/// <summary>
/// Reads a running process's stdout and stderr concurrently, so neither pipe fills and blocks the step, and
/// hands their lines to one consumer callback, one line at a time: a consumer never sees two calls at once, and
/// each stream's lines arrive in order. The bounded queue in between makes a slow consumer slow the step down
/// (as a full pipe would) instead of buffering without limit.
/// </summary>
internal sealed class OutputCapture : IDisposable
{
    private const int QueueCapacity = 256;
    private const int ReadBufferSize = 16 * 1024;

    // Both pipes full at Linux's largest pipe size (fs.pipe-max-size, 1 MiB), plus a read buffer each.
    private const long MaxOutputAfterEnd = 2 * (1024 * 1024 + ReadBufferSize);

    private readonly Channel<ProcessOutputLine> queue = Channel.CreateBounded<ProcessOutputLine>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly CancellationTokenSource stopReading = new();
    private readonly TaskCompletionSource failed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<ProcessOutputLine, ValueTask> consumer;
    private readonly int maxLineLength;
    private readonly TimeProvider clock;
    private readonly Task reading;
    private readonly Task delivering;
    private ExceptionDispatchInfo? failure;
    private int waitingReads;
    private long bytesRead;

    public OutputCapture(
        Process process, Func<ProcessOutputLine, ValueTask> consumer, int maxLineLength, TimeProvider clock)
    {
        this.consumer = consumer;
        this.maxLineLength = maxLineLength;
        this.clock = clock;
        reading = ReadBothAsync(process);
        delivering = DeliverAsync();
    }

    /// <summary>Completes if reading the output or the consumer throws; the step should then be stopped.</summary>
    public Task Failed => failed.Task;

    /// <summary>
    /// After the process tree has ended: waits for the pipes to reach their end and every line to be delivered,
    /// however long a slow consumer takes. A process that escaped the tree may still hold a pipe open, so
    /// reading stops once a read has waited <paramref name="patience"/> with nothing arriving, or once more has
    /// been read than the pipes could hold when the tree ended (an escaped process still writing). A reader
    /// held up by the consumer or the thread pool is not stopped otherwise, as output would still be in the pipe.
    /// Rethrows a reading or consumer failure.
    /// </summary>
    public async Task DrainAsync(TimeSpan patience)
    {
        var readAtEnd = Volatile.Read(ref bytesRead);
        while (!reading.IsCompleted)
        {
            var readBefore = Volatile.Read(ref bytesRead);
            try
            {
                await reading.WaitAsync(patience, clock);
            }
            catch (TimeoutException) when (
                (Volatile.Read(ref bytesRead) == readBefore && Volatile.Read(ref waitingReads) > 0) ||
                Volatile.Read(ref bytesRead) - readAtEnd > MaxOutputAfterEnd)
            {
                await stopReading.CancelAsync();
                break;
            }
            catch (TimeoutException)
            {
                // The reader made progress or is not waiting on a pipe: the output is still coming.
            }
        }
        await delivering;
        failure?.Throw();
    }

    public void Dispose() => stopReading.Dispose();

    private async Task ReadBothAsync(Process process)
    {
        try
        {
            await Task.WhenAll(
                ReadAsync(process.StandardOutput.BaseStream, ProcessOutputStream.StandardOutput),
                ReadAsync(process.StandardError.BaseStream, ProcessOutputStream.StandardError));
            queue.Writer.TryComplete();
        }
        catch (Exception exception)
        {
            queue.Writer.TryComplete(exception);
        }
    }

    private async Task ReadAsync(Stream stream, ProcessOutputStream source)
    {
        // Output may already be waiting: without this the constructor would run the first read loop inline.
        await Task.Yield();
        var splitter = new Utf8LineSplitter(maxLineLength);
        var lines = new List<string>();
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferSize);
        try
        {
            int count;
            while ((count = await ReadOrStopAsync(stream, buffer)) > 0)
            {
                Interlocked.Add(ref bytesRead, count);
                splitter.Split(buffer.AsSpan(0, count), lines);
                await WriteAsync(source, lines);
            }
            splitter.Flush(lines);
            await WriteAsync(source, lines);
        }
        catch (ChannelClosedException)
        {
            // The consumer failed and the step is being stopped: its remaining output has nowhere to go.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask<int> ReadOrStopAsync(Stream stream, byte[] buffer)
    {
        Interlocked.Increment(ref waitingReads);
        try
        {
            return await stream.ReadAsync(buffer, stopReading.Token);
        }
        catch (OperationCanceledException) when (stopReading.IsCancellationRequested)
        {
            return 0;
        }
        finally
        {
            Interlocked.Decrement(ref waitingReads);
        }
    }

    private async ValueTask WriteAsync(ProcessOutputStream source, List<string> lines)
    {
        // Stamped when read, not when the queue has room: a slow consumer must not shift the timeline.
        var readAt = clock.GetUtcNow();
        foreach (var line in lines)
        {
            await queue.Writer.WriteAsync(new ProcessOutputLine(source, line, readAt));
        }
        lines.Clear();
    }

    private async Task DeliverAsync()
    {
        try
        {
            await foreach (var line in queue.Reader.ReadAllAsync())
            {
                await consumer(line);
            }
        }
        catch (Exception exception)
        {
            failure = ExceptionDispatchInfo.Capture(exception);
            queue.Writer.TryComplete(exception);
            failed.TrySetResult();
        }
    }
}
