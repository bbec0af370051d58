using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Default values of arguments and input fields (spec 3.6.1, 3.10): they must be coercible to their
/// type, and they are shown in the canonical form graphql-js gives them (its valueFromAST followed by
/// astFromValue), e.g. <c>[Int] = 1</c> shows as <c>[1]</c> and <c>Float = 1.0</c> as <c>1</c>.
/// </summary>
internal static class DefaultValues
{
    public static void Check(GraphQLSchema schema, List<SchemaProblem> problems)
    {
        foreach (var directive in schema.Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                CheckOne($"Argument @{directive.Name}({argument.Name}:)", argument, problems);
            }
        }

        foreach (var type in schema.Types.Values)
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields.Values)
                    {
                        foreach (var argument in field.Arguments)
                        {
                            CheckOne($"Argument {type.Name}.{field.Name}({argument.Name}:)", argument, problems);
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields.Values)
                    {
                        CheckOne($"Input field {type.Name}.{field.Name}", field, problems);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The default as graphql-js prints it; null when graphql-js prints none (a null default of a non-null
    /// type). A default that can't be coerced or converted back is shown as written.
    /// </summary>
    public static ValueNode? Canonical(InputValueDefinition input)
    {
        if (input.DefaultValue is not { } literal)
        {
            return null;
        }

        return ConstLiteralCoercion.Coerce(literal, input.Type, out var value) is null && CanonicalLiterals.TryToLiteral(value, input.Type, out var canonical)
            ? canonical
            : literal;
    }

    private static void CheckOne(string coordinate, InputValueDefinition input, List<SchemaProblem> problems)
    {
        // Only types that are input types can be checked; wrong types are reported by the type rules.
        if (input.DefaultValue is { } literal && input.Type.IsInputType() && ConstLiteralCoercion.Coerce(literal, input.Type, out _) is { } reason)
        {
            problems.Add(new($"{coordinate} has invalid default value: {reason}", literal));
        }
    }
}
