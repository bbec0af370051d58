using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Groups;

/// <summary>The id of the uploaded file that no longer exists.</summary>
public sealed class DeleteFilePayload(string fileId)
{
    [ID("UploadedFile")]
    public string? FileId { get; } = fileId;
}
