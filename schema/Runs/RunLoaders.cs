using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Runs;

/// <summary>
/// Runs and their details, batched per request. Everything goes through <see cref="RunService"/>'s visibility
/// rules: a run the caller may not see loads as null, and its details fail with UNAUTHORIZED.
/// </summary>
public static class RunLoaders
{
    public static async Task<RunObject?> LoadAsync(IResolverContext context, string runId)
    {
        var caller = RequestCaller.Get(context);
        return await context.LoadAsync<RunService, string, Run>(
            "runs-by-id", runId, (runs, ids, cancellationToken) => runs.GetManyAsync(caller, ids, cancellationToken)) is { } run
            ? RunObject.From(run)
            : null;
    }

    public static Task<IReadOnlyList<RunFile>> LoadFilesAsync(IResolverContext context, string runId) =>
        LoadDetailsAsync(context, "run-files", runId, (runs, caller, ids, cancellationToken) => runs.GetFilesManyAsync(caller, ids, cancellationToken));

    public static Task<IReadOnlyList<RunStep>> LoadStepsAsync(IResolverContext context, string runId) =>
        LoadDetailsAsync(context, "run-steps", runId, (runs, caller, ids, cancellationToken) => runs.GetStepsManyAsync(caller, ids, cancellationToken));

    public static Task<IReadOnlyList<RunMessage>> LoadMessagesAsync(IResolverContext context, string runId) =>
        LoadDetailsAsync(context, "run-messages", runId, (runs, caller, ids, cancellationToken) => runs.GetMessagesManyAsync(caller, ids, cancellationToken));

    public static Task<IReadOnlyList<RunResultValue>> LoadResultsAsync(IResolverContext context, string runId) =>
        LoadDetailsAsync(context, "run-results", runId, (runs, caller, ids, cancellationToken) => runs.GetResultsManyAsync(caller, ids, cancellationToken));

    /// <summary>A retained file of a run the caller may see, with its output declaration; null otherwise.</summary>
    public static async Task<RunFileObject?> LoadFileAsync(IResolverContext context, string fileId)
    {
        var caller = RequestCaller.Get(context);
        var file = await context.LoadAsync<RunService, string, RunFile>(
            "run-files-by-id", fileId, (runs, ids, cancellationToken) => runs.GetFilesByIdAsync(caller, ids, cancellationToken));
        if (file is null || await LoadAsync(context, file.RunId) is not { } run)
        {
            return null;
        }
        var outputs = await RunDeclarations.LoadAsync(context, run.Entity);
        return outputs.Describe(file);
    }

    private static async Task<IReadOnlyList<T>> LoadDetailsAsync<T>(
        IResolverContext context,
        string loader,
        string runId,
        Func<RunService, Caller, IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, IReadOnlyList<T>>>> batch)
    {
        var caller = RequestCaller.Get(context);
        return await context.LoadAsync<RunService, string, IReadOnlyList<T>>(
                loader, runId, (runs, ids, cancellationToken) => batch(runs, caller, ids, cancellationToken))
            ?? throw EngineScope.ToGraphQLException(new UnauthorizedException());
    }
}
