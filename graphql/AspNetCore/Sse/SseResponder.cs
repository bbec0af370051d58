using System.Text.Json;
using Flowserv.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Flowserv.GraphQL.AspNetCore.Sse;

/// <summary>
/// GraphQL over Server-Sent Events in graphql-sse's "distinct connections" mode: one request, one
/// stream of <c>next</c> events (one for a query or mutation, one per event for a subscription), then
/// <c>complete</c>. Idle streams get keep-alive comments so proxies do not close them.
/// </summary>
internal sealed class SseResponder(RequestExecutor executor, GraphQLServerOptions options, ILogger<SseResponder> logger)
{
    private const string EventStream = "text/event-stream";

    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();

    public static bool IsRequested(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var mediaTypes) &&
        mediaTypes.Any(mediaType => mediaType.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase));

    public async Task StreamAsync(HttpContext context, GraphQLRequest request, IDictionary<string, object?> requestData)
    {
        var cancellationToken = context.RequestAborted;
        var subscription = await executor.SubscribeAsync(request, context.RequestServices, requestData, cancellationToken);

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(cancellationToken);

        using var writeLock = new SemaphoreSlim(1, 1);
        try
        {
            using (var keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var keepAlive = SendKeepAlivesAsync(response, writeLock, keepAliveStop.Token);
                try
                {
                    await WriteResultsAsync(response, writeLock, subscription, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The status line is long sent: the failure can only be told as a last event.
                    logger.LogError(exception, "A GraphQL operation over SSE failed.");
                    var failure = ExecutionResult.FromError(new GraphQLError(
                        "The operation failed on the server.",
                        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError }));
                    await WriteEventAsync(response, writeLock, "next", failure, cancellationToken);
                }
                finally
                {
                    // Stopped before complete, so no comment can follow the last event.
                    await keepAliveStop.CancelAsync();
                    await keepAlive;
                }
            }

            await WriteEventAsync(response, writeLock, "complete", null, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is no one left to tell.
        }
    }

    private static async Task WriteResultsAsync(HttpResponse response, SemaphoreSlim writeLock, SubscriptionResult subscription, CancellationToken cancellationToken)
    {
        if (subscription.Stream is not { } stream)
        {
            await WriteEventAsync(response, writeLock, "next", subscription.Result!, cancellationToken);
            return;
        }

        await foreach (var result in stream.WithCancellation(cancellationToken))
        {
            await WriteEventAsync(response, writeLock, "next", result, cancellationToken);
        }
    }

    private async Task SendKeepAlivesAsync(HttpResponse response, SemaphoreSlim writeLock, CancellationToken cancellationToken)
    {
        if (options.SseKeepAliveInterval is not { } interval)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await writeLock.WaitAsync(cancellationToken);
                try
                {
                    await response.Body.WriteAsync(KeepAlive, cancellationToken);
                    await response.Body.FlushAsync(cancellationToken);
                }
                finally
                {
                    writeLock.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }

    /// <summary>Writes <c>event: NAME\ndata: JSON\n\n</c>; <c>complete</c> carries no data, as graphql-sse prints it.</summary>
    private static async Task WriteEventAsync(HttpResponse response, SemaphoreSlim writeLock, string name, ExecutionResult? result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        buffer.Write(System.Text.Encoding.UTF8.GetBytes($"event: {name}\ndata:"));
        if (result is not null)
        {
            buffer.WriteByte((byte)' ');
            using (var writer = new Utf8JsonWriter(buffer, ExecutionResultWriter.Options))
            {
                ExecutionResultWriter.Write(writer, result);
            }
        }

        buffer.Write("\n\n"u8);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        finally
        {
            writeLock.Release();
        }
    }
}
