using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The socket under a session: whole messages in (up to a size limit, closing with 1009 beyond it),
/// one write at a time out (WebSocket allows a single outstanding send), and the closing handshake
/// from either side, bounded so that a client that never answers cannot hold the connection open.
/// </summary>
internal sealed class WebSocketConnection(WebSocket socket, int maxMessageBytes) : IDisposable
{
    /// <summary>How long to wait for the client's close frame (or a stuck close) before aborting the connection.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>RFC 6455 limits a close reason to 123 bytes of UTF-8.</summary>
    private const int MaxCloseReasonBytes = 123;

    /// <summary>Outgoing messages larger than this are written into a buffer of their own, so a connection does not keep it.</summary>
    private const int KeptOutgoingBufferBytes = 16 * 1024;

    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource closing = new();
    private readonly CancellationTokenSource receiveAbort = new();
    private volatile bool closed;

    // One message is written at a time (under sendLock), so every message of a subscription reuses one buffer
    // and one JSON writer instead of allocating both per event.
    private ArrayBufferWriter<byte> outgoing = new(1024);
    private Utf8JsonWriter? outgoingWriter;

    /// <summary>Cancelled once either side starts closing or the connection is lost: nothing more goes out.</summary>
    public CancellationToken Closing => closing.Token;

    /// <summary>
    /// Sends a protocol message (<see cref="WebSocketMessage.Write"/>) unless the connection is closing or
    /// <paramref name="unwanted"/> says so when its turn comes.
    /// </summary>
    public async ValueTask SendAsync(string type, string? id, Action<Utf8JsonWriter>? payload, Func<bool>? unwanted)
    {
        await sendLock.WaitAsync();
        try
        {
            if (closed || unwanted?.Invoke() == true)
            {
                return;
            }

            await socket.SendAsync(WriteOutgoing(type, id, payload), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The connection is gone; the receive loop sees it too.
            closed = true;
        }
        finally
        {
            ForgetLargeOutgoingBuffer();
            sendLock.Release();
        }

        if (closed)
        {
            await closing.CancelAsync();
        }
    }

    /// <summary>Starts the closing handshake; the receive loop ends when the client answers it, or after a timeout.</summary>
    public async ValueTask CloseAsync(int code, string reason)
    {
        if (await SendCloseAsync((WebSocketCloseStatus)code, TruncateReason(reason)))
        {
            receiveAbort.CancelAfter(CloseHandshakeTimeout);
        }
    }

    /// <summary>Hands each message to <paramref name="handle"/> until the connection closes; messages after our close frame are dropped.</summary>
    public async Task ReceiveAsync(Func<ReadOnlyMemory<byte>, ValueTask> handle)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(buffer.GetMemory(4096), receiveAbort.Token);
                    buffer.Advance(received.Count);
                }
                while (!received.EndOfMessage && buffer.WrittenCount <= maxMessageBytes);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    // Echo the client's code to complete the handshake it started.
                    await SendCloseAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, socket.CloseStatusDescription);
                    return;
                }

                if (buffer.WrittenCount > maxMessageBytes)
                {
                    await CloseAsync(WebSocketCloseCodes.MessageTooBig, $"Message too big: at most {maxMessageBytes} bytes");
                    await DiscardRestOfMessageAsync(received);
                }
                else if (!closed)
                {
                    await handle(buffer.WrittenMemory);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client vanished, or never answered our close frame.
        }
        finally
        {
            closed = true;
            await closing.CancelAsync();
        }
    }

    public void Dispose()
    {
        outgoingWriter?.Dispose();
        closing.Dispose();
        receiveAbort.Dispose();
    }

    private ReadOnlyMemory<byte> WriteOutgoing(string type, string? id, Action<Utf8JsonWriter>? payload)
    {
        outgoing.ResetWrittenCount();
        if (outgoingWriter is null)
        {
            outgoingWriter = new Utf8JsonWriter(outgoing, ExecutionResultWriter.Options);
        }
        else
        {
            outgoingWriter.Reset(outgoing);
        }

        WebSocketMessage.Write(outgoingWriter, type, id, payload);
        outgoingWriter.Flush();
        return outgoing.WrittenMemory;
    }

    private void ForgetLargeOutgoingBuffer()
    {
        if (outgoing.Capacity > KeptOutgoingBufferBytes)
        {
            outgoing = new ArrayBufferWriter<byte>(1024);
        }
    }

    /// <summary>Sends the close frame unless one was sent; false when the connection was already closing.</summary>
    private async ValueTask<bool> SendCloseAsync(WebSocketCloseStatus status, string? reason)
    {
        await sendLock.WaitAsync();
        try
        {
            if (closed)
            {
                return false;
            }

            closed = true;
            using var timeout = new CancellationTokenSource(CloseHandshakeTimeout);
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Already gone, or too slow to take the close frame: the receive loop ends either way.
        }
        finally
        {
            sendLock.Release();
        }

        await closing.CancelAsync();
        return true;
    }

    private async ValueTask DiscardRestOfMessageAsync(ValueWebSocketReceiveResult received)
    {
        var scratch = new byte[4096];
        while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close)
        {
            received = await socket.ReceiveAsync(scratch.AsMemory(), receiveAbort.Token);
        }
    }

    private static string TruncateReason(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxCloseReasonBytes)
        {
            return reason;
        }

        var end = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, end)) > MaxCloseReasonBytes - 3)
        {
            end--;
        }

        if (end > 0 && char.IsHighSurrogate(reason[end - 1]))
        {
            end--;
        }

        return string.Concat(reason.AsSpan(0, end), "...");
    }
}
