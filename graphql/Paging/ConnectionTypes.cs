using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Paging;

/// <summary>
/// The object types of cursor connections, one per name in a schema: <c>PageInfo</c>, and per node type X
/// <c>XConnection { edges nodes pageInfo totalCount }</c> and <c>XEdge { cursor node }</c>, whose values are
/// <see cref="Connection{T}"/> and <see cref="Edge{T}"/>.
/// </summary>
internal sealed class ConnectionTypes
{
    private readonly Dictionary<string, ObjectType> connections = [];
    private ObjectType? pageInfo;

    public ObjectType PageInfo => pageInfo ??= new ObjectType("PageInfo", () =>
    [
        Field("hasNextPage", new NonNullType(BuiltInScalars.Boolean)),
        Field("hasPreviousPage", new NonNullType(BuiltInScalars.Boolean)),
        Field("startCursor", BuiltInScalars.String),
        Field("endCursor", BuiltInScalars.String),
    ]);

    /// <summary>The fields of a connection whose size <c>first</c>/<c>last</c> decide, for complexity.</summary>
    public static IReadOnlyList<string> SizedFields { get; } = ["edges", "nodes"];

    /// <summary>The arguments of a connection field.</summary>
    public static IReadOnlyList<InputValueDefinition> Arguments(PagingOptions options)
    {
        List<InputValueDefinition> arguments =
        [
            new() { Name = "first", Type = BuiltInScalars.Int },
            new() { Name = "after", Type = BuiltInScalars.String },
        ];
        if (options.AllowBackwardPagination)
        {
            arguments.Add(new() { Name = "last", Type = BuiltInScalars.Int });
            arguments.Add(new() { Name = "before", Type = BuiltInScalars.String });
        }

        return arguments;
    }

    public ObjectType ConnectionOf(NamedType node)
    {
        var name = node.Name + "Connection";
        if (connections.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var edge = new ObjectType(node.Name + "Edge", () =>
        [
            Field("cursor", new NonNullType(BuiltInScalars.String)),
            Field("node", new NonNullType(node)),
        ]);
        var connection = new ObjectType(name, () =>
        [
            Field("edges", new NonNullType(new ListType(new NonNullType(edge)))),
            Field("nodes", new NonNullType(new ListType(new NonNullType(node)))),
            Field("pageInfo", new NonNullType(PageInfo)),
            new FieldDefinition { Name = "totalCount", Type = new NonNullType(BuiltInScalars.Int), Resolver = TotalCount },
        ]);
        connections.Add(name, connection);
        return connection;
    }

    private static FieldDefinition Field(string name, GraphQLType type) => new() { Name = name, Type = type };

    private static async ValueTask<object?> TotalCount(IResolverContext context) =>
        await ((Connection)context.Parent!).GetTotalCountAsync(context.CancellationToken).ConfigureAwait(false);
}
