using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.Schema.Workflows;

/// <summary>A retained output file a workflow declares, with its display hints.</summary>
[GraphQLName("OutputFileSpec")]
public sealed class OutputFileSpecObject(OutputFileSpec entity)
{
    [GraphQLIgnore]
    public OutputFileSpec Entity { get; } = entity;

    public string Source => Entity.Source;

    public string Key => Entity.Key;

    public string? Title => Entity.Title;

    public string? Caption => Entity.Caption;

    [GraphQLType(typeof(JsonType))]
    public object? Format => Entity.Format;

    [GraphQLType(typeof(JsonType))]
    public object? Widget => Entity.Widget;
}
