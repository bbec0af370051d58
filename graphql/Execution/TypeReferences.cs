using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>Resolves type references written in a document against a schema (graphql-js typeFromAST).</summary>
internal static class TypeReferences
{
    public static GraphQLType? FromNode(GraphQLSchema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => FromNode(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => FromNode(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
