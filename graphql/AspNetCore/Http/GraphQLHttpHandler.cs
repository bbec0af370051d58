using System.Text.Json;
using Flowserv.GraphQL.AspNetCore.Ide;
using Flowserv.GraphQL.AspNetCore.Sse;
using Flowserv.GraphQL.AspNetCore.Uploads;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Utilities;
using Microsoft.AspNetCore.Http;

namespace Flowserv.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP (the graphql-over-http draft as graphql-http 1.23 audits it): POST with JSON
/// bodies or multipart uploads, GET with URL parameters (queries only), both response media types with
/// their status codes, GraphQL over SSE for <c>Accept: text/event-stream</c>, <c>?sdl</c> for the printed
/// schema, and the IDE for browsers.
/// </summary>
internal sealed class GraphQLHttpHandler(
    GraphQLSchema schema,
    RequestExecutor executor,
    GraphQLServerOptions options,
    EndpointCors cors,
    IdeHandler ide,
    SseResponder sse)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (cors.Apply(context))
        {
            return;
        }

        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && options.EnableSchemaRequests && request.Query.ContainsKey("sdl"))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(SchemaPrinter.Print(schema), context.RequestAborted);
            return;
        }

        if (ide.IsIdeRequest(request))
        {
            await ide.ServePageAsync(context);
            return;
        }

        var streamed = SseResponder.IsRequested(request);
        var mediaType = ResponseMediaType.Negotiate(request);
        try
        {
            if (mediaType is null && !streamed)
            {
                throw new HttpRequestError(StatusCodes.Status406NotAcceptable, "The Accept header allows neither application/graphql-response+json nor application/json.", "NOT_ACCEPTABLE");
            }

            var requestData = await RequestInterception.AuthorizeAsync(context);
            var graphQLRequest = await ReadRequestAsync(context);
            if (streamed)
            {
                await sse.StreamAsync(context, graphQLRequest, requestData);
                return;
            }

            var result = await executor.ExecuteAsync(graphQLRequest, context.RequestServices, requestData, context.RequestAborted);
            var status = StatusFor(result, mediaType!);
            if (status == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = "POST";
            }

            await WriteResultAsync(context.Response, result, mediaType!, status);
        }
        catch (HttpRequestError error)
        {
            if (error.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = options.EnableGetRequests ? "GET, POST" : "POST";
            }

            var result = ExecutionResult.FromError(new GraphQLError(error.Message, extensions: new Dictionary<string, object?> { ["code"] = error.Code }));
            await WriteResultAsync(context.Response, result, mediaType ?? GraphQLMediaTypes.Json, error.StatusCode);
        }
    }

    private async Task<GraphQLRequest> ReadRequestAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method))
        {
            if (MultipartRequestReader.IsMultipart(request.ContentType))
            {
                return await MultipartRequestReader.ReadAsync(context, options);
            }

            if (!IsJsonContent(request.ContentType))
            {
                throw new HttpRequestError(StatusCodes.Status415UnsupportedMediaType, "POST requests must have the Content-Type application/json (or multipart/form-data for uploads).", "UNSUPPORTED_MEDIA_TYPE");
            }

            return await GraphQLRequestReader.ReadPostAsync(request, options, context.RequestAborted);
        }

        if (HttpMethods.IsGet(request.Method) && options.EnableGetRequests)
        {
            return GraphQLRequestReader.ReadGet(request);
        }

        throw new HttpRequestError(StatusCodes.Status405MethodNotAllowed, $"{request.Method} is not supported; use POST.", "METHOD_NOT_ALLOWED");
    }

    private static bool IsJsonContent(string? contentType) =>
        contentType is not null &&
        contentType.Split(';')[0].Trim().Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// application/json answers 200 whenever GraphQL produced a response; graphql-response+json signals
    /// request errors (no data) with 400, or 500 for a server fault; a mutation over GET gets 405.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        // A mutation sent with GET (refused by the executor, which has the parsed document at hand).
        if (result.Errors?.Any(error => error.Code == ErrorCodes.OperationNotAllowed) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (mediaType == GraphQLMediaTypes.Json || result.HasData)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors?.Any(error => error.Code == ErrorCodes.InternalServerError) == true
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }

    private static async Task WriteResultAsync(HttpResponse response, ExecutionResult result, string mediaType, int statusCode)
    {
        response.StatusCode = statusCode;
        response.ContentType = mediaType == GraphQLMediaTypes.GraphQLResponse ? GraphQLMediaTypes.GraphQLResponseUtf8 : GraphQLMediaTypes.JsonUtf8;
        await using var writer = new Utf8JsonWriter(response.BodyWriter, ExecutionResultWriter.Options);
        ExecutionResultWriter.Write(writer, result);
        await writer.FlushAsync();
    }
}
