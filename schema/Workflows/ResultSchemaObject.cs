using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Workflows;

/// <summary>A benchmark's result schema: the result file, its columns and the default ranking order.</summary>
[GraphQLName("ResultSchema")]
public sealed class ResultSchemaObject(ResultSchema entity)
{
    [GraphQLIgnore]
    public ResultSchema Entity { get; } = entity;

    public string File => Entity.File;

    public IEnumerable<ResultColumnObject> Columns => Entity.Columns.Select(column => new ResultColumnObject(column));

    public IReadOnlyList<SortColumn> OrderBy => Entity.DefaultOrder;
}
