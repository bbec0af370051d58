using Flowserv.Engine.Data;
using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Relay;
using Flowserv.GraphQL.Types.Scalars;
using Flowserv.Schema.Service;

namespace Flowserv.Schema.Runs;

/// <summary>
/// A retained output file of a run, with the display fields of the template's output declaration for its key
/// (null when the template declares none).
/// </summary>
[Node]
[GraphQLName("RunFile")]
public sealed class RunFileObject(RunFile entity, OutputFileSpec? output)
{
    [GraphQLIgnore]
    public RunFile Entity { get; } = entity;

    [GraphQLIgnore]
    public OutputFileSpec? Output { get; } = output;

    public string Id => Entity.Id;

    public string Name => Path.GetFileName(Entity.Key);

    public string Key => Entity.Key;

    public string? Title => Output?.Title;

    public string? Caption => Output?.Caption;

    [GraphQLType(typeof(JsonType))]
    public object? Format => Output?.Format;

    [GraphQLType(typeof(JsonType))]
    public object? Widget => Output?.Widget;

    public long Size => Entity.Size;

    public string? MimeType => Entity.MimeType;

    public string GetDownloadUrl(ServiceInfo service) => service.Link("runs", Entity.RunId, "files", Entity.Id);

    [NodeResolver]
    public static Task<RunFileObject?> GetAsync(string id, IResolverContext context) => RunLoaders.LoadFileAsync(context, id);
}
