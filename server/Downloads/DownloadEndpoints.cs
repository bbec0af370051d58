using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Server.Authentication;

namespace Flowserv.Server.Downloads;

/// <summary>
/// File downloads over plain HTTP, with the API's authentication. Every lookup and access decision is the
/// engine services'; paths on disk come from the store, never from the URL.
/// </summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapFlowservDownloads(this IEndpointRouteBuilder endpoints)
    {
        var downloads = endpoints.MapGroup(string.Empty).AddEndpointFilter(DownloadErrors.CatchEngineErrors);
        downloads.MapGet("/groups/{groupId}/files/{fileId}", UploadedFileAsync);
        downloads.MapGet("/runs/{runId}/files/{fileId}", RunFileAsync);
        downloads.MapGet("/runs/{runId}/archive", RunArchiveAsync);
        downloads.MapGet("/workflows/{workflowId}/postproc/archive", PostprocArchiveAsync);
        return endpoints;
    }

    private static async Task<IResult> UploadedFileAsync(
        string groupId, string fileId, HttpContext httpContext, CallerAuthenticator authenticator, UploadService uploads, CancellationToken cancellationToken)
    {
        var caller = await AuthenticateAsync(httpContext, authenticator, cancellationToken);
        return FileDownload.Create(await uploads.GetAsync(caller, groupId, fileId, cancellationToken));
    }

    private static async Task<IResult> RunFileAsync(
        string runId, string fileId, HttpContext httpContext, CallerAuthenticator authenticator, RunService runs, CancellationToken cancellationToken)
    {
        var caller = await AuthenticateAsync(httpContext, authenticator, cancellationToken);
        return FileDownload.Create(await runs.GetFileAsync(caller, runId, fileId, cancellationToken));
    }

    private static async Task<IResult> RunArchiveAsync(
        string runId, HttpContext httpContext, CallerAuthenticator authenticator, RunService runs, CancellationToken cancellationToken)
    {
        var caller = await AuthenticateAsync(httpContext, authenticator, cancellationToken);
        return await ArchiveAsync(caller, runId, runs, cancellationToken);
    }

    private static async Task<IResult> PostprocArchiveAsync(
        string workflowId, HttpContext httpContext, CallerAuthenticator authenticator, WorkflowService workflows, RunService runs, CancellationToken cancellationToken)
    {
        var caller = await AuthenticateAsync(httpContext, authenticator, cancellationToken);
        var workflow = await workflows.GetAsync(workflowId, cancellationToken);
        return workflow.PostprocRunId is { } runId
            ? await ArchiveAsync(caller, runId, runs, cancellationToken)
            : DownloadErrors.Response(httpContext, StatusCodes.Status404NotFound, ErrorCodes.UnknownFile, $"no post-processing results for workflow '{workflowId}'");
    }

    private static async Task<IResult> ArchiveAsync(Caller caller, string runId, RunService runs, CancellationToken cancellationToken) =>
        TarGzArchive.Create($"run.{runId}.tar.gz", await runs.GetArchiveFilesAsync(caller, runId, cancellationToken), cancellationToken);

    private static async Task<Caller> AuthenticateAsync(HttpContext httpContext, CallerAuthenticator authenticator, CancellationToken cancellationToken) =>
        await authenticator.AuthenticateAsync(httpContext, connectionInitPayload: null, cancellationToken)
        ?? throw new UnauthenticatedException();
}
