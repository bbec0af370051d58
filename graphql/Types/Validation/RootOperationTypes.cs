using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Spec 3.3.1 Root Operation Types: a query root type is provided, and every root type is an object type.
/// <see cref="GraphQLSchema"/> can only hold object root types, so this runs where root types are
/// chosen by name (schema-first), before the schema exists.
/// </summary>
internal static class RootOperationTypes
{
    public static SchemaProblem? Check(OperationType operation, NamedType? type, SyntaxNode? node)
    {
        if (type is null)
        {
            return operation == OperationType.Query ? new SchemaProblem("Query root type must be provided.", node) : null;
        }

        if (type is ObjectType)
        {
            return null;
        }

        return operation == OperationType.Query
            ? new SchemaProblem($"Query root type must be Object type, it cannot be {type.Name}.", node)
            : new SchemaProblem($"{operation} root type must be Object type if provided, it cannot be {type.Name}.", node);
    }
}
