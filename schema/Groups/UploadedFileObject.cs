using Flowserv.Engine.Data;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Relay;
using Flowserv.Schema.Service;

namespace Flowserv.Schema.Groups;

/// <summary>A file a group uploaded as run input.</summary>
[Node]
[GraphQLName("UploadedFile")]
public sealed class UploadedFileObject(UploadedFile entity)
{
    [GraphQLIgnore]
    public UploadedFile Entity { get; } = entity;

    public string Id => Entity.Id;

    public string Name => Entity.Name;

    public long Size => Entity.Size;

    public string? MimeType => Entity.MimeType;

    public DateTime CreatedAt => Entity.CreatedAt;

    [GraphQLDescription("HTTP URL that streams the file (same auth as the API).")]
    public string GetDownloadUrl(ServiceInfo service) => service.Link("groups", Entity.GroupId, "files", Entity.Id);

    [NodeResolver]
    public static Task<UploadedFileObject?> GetAsync(string id, IResolverContext context) => GroupLoaders.LoadUploadAsync(context, id);
}
