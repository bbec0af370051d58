using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.Schema.Leaderboards;

/// <summary>One result value of a run, by result column name.</summary>
[GraphQLName("ResultValue")]
public sealed class ResultValueObject(string name, object? value)
{
    public string Name { get; } = name;

    [GraphQLType(typeof(JsonType))]
    public object? Value { get; } = value;
}
