using Flowserv.Engine.Services;
using Flowserv.GraphQL.Uploads;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Groups;

/// <summary>Uploading and removing a group's run input files (members only).</summary>
[ExtendObjectType("Mutation")]
public sealed class UploadMutations
{
    /// <summary>Stores the file under the name the client gave it; the transport already enforced the size limits.</summary>
    [UseMutationConvention(PayloadFieldName = "file")]
    public Task<UploadedFileObject> UploadFileAsync([ID("Group")] string groupId, IUploadedFile file, IResolverContext context) =>
        context.CallAsync<UploadService, UploadedFileObject>(async uploads =>
        {
            await using var content = file.OpenReadStream();
            return new UploadedFileObject(await uploads.UploadAsync(RequestCaller.Get(context), groupId, file.Name, content, context.CancellationToken));
        });

    public Task<DeleteFilePayload> DeleteFileAsync([ID("Group")] string groupId, [ID("UploadedFile")] string fileId, IResolverContext context) =>
        context.CallAsync<UploadService, DeleteFilePayload>(async uploads =>
        {
            await uploads.DeleteAsync(RequestCaller.Get(context), groupId, fileId, context.CancellationToken);
            return new DeleteFilePayload(fileId);
        });
}
