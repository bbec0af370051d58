using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Workflows;

/// <summary>A column of a benchmark's result schema.</summary>
[GraphQLName("ResultColumn")]
public sealed class ResultColumnObject(ResultColumn entity)
{
    [GraphQLIgnore]
    public ResultColumn Entity { get; } = entity;

    public string Name => Entity.Name;

    public string Label => Entity.Label;

    [GraphQLName("dtype")]
    public ResultType Type => Entity.Type;

    public string? Path => Entity.Path;

    public bool Required => Entity.Required;
}
