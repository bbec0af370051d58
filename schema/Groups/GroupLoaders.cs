using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Groups;

/// <summary>Groups, their uploads and single uploads, batched per request; uploads only for the caller's groups.</summary>
public static class GroupLoaders
{
    /// <summary>A group's public metadata (name, owner, members).</summary>
    public static async Task<GroupObject?> LoadAsync(IResolverContext context, string groupId) =>
        await context.LoadAsync<GroupService, string, WorkflowGroup>(
            "groups-by-id", groupId, (groups, ids, cancellationToken) => groups.GetManyAsync(ids, cancellationToken)) is { } group
            ? new GroupObject(group)
            : null;

    /// <summary>The group's uploads; UNAUTHORIZED unless the caller may see them.</summary>
    public static async Task<IReadOnlyList<UploadedFile>> LoadUploadsAsync(IResolverContext context, string groupId)
    {
        var caller = RequestCaller.Get(context);
        return await context.LoadAsync<UploadService, string, IReadOnlyList<UploadedFile>>(
                "uploads-by-group", groupId, (uploads, ids, cancellationToken) => uploads.ListManyAsync(caller, ids, cancellationToken))
            ?? throw EngineScope.ToGraphQLException(new UnauthorizedException());
    }

    /// <summary>An upload of a group the caller is a member of; null otherwise.</summary>
    public static async Task<UploadedFileObject?> LoadUploadAsync(IResolverContext context, string fileId)
    {
        var caller = RequestCaller.Get(context);
        return await context.LoadAsync<UploadService, string, UploadedFile>(
            "uploads-by-id", fileId, (uploads, ids, cancellationToken) => uploads.GetManyAsync(caller, ids, cancellationToken)) is { } file
            ? new UploadedFileObject(file)
            : null;
    }
}
