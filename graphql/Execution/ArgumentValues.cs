using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Coerces the arguments of a field or directive (spec 6.4.1 CoerceArgumentValues). A failure throws a
/// <see cref="GraphQLException"/> located at the offending node, which the executor reports as a field error.
/// </summary>
public static class ArgumentValues
{
    public static IReadOnlyDictionary<string, object?> Empty { get; } = new Dictionary<string, object?>();

    /// <param name="definitions">The arguments the field or directive defines.</param>
    /// <param name="arguments">The arguments written in the document.</param>
    /// <param name="variables">The request's coerced variable values.</param>
    /// <param name="node">The field or directive, where "not provided" errors point.</param>
    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode node)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count);
        foreach (var definition in definitions)
        {
            CoerceArgument(definition, Find(arguments, definition.Name), variables, node, coerced);
        }

        return coerced;
    }

    private static void CoerceArgument(
        InputValueDefinition definition,
        ArgumentNode? argument,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode node,
        Dictionary<string, object?> coerced)
    {
        var name = definition.Name;
        var type = definition.Type;
        if (argument is null)
        {
            if (definition.DefaultValue is not null)
            {
                coerced[name] = ValueFromLiteral.Coerce(definition.DefaultValue, type, null);
            }
            else if (type is NonNullType)
            {
                throw Error($"Argument \"{name}\" of required type \"{type}\" was not provided.", node);
            }

            return;
        }

        var literal = argument.Value;
        bool isNull;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = ValueFromLiteral.Coerce(definition.DefaultValue, type, null);
                }
                else if (type is NonNullType)
                {
                    throw Error(
                        $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                        literal);
                }

                return;
            }

            isNull = variableValue is null;
        }
        else
        {
            isNull = literal is NullValueNode;
        }

        if (isNull && type is NonNullType)
        {
            throw Error($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", literal);
        }

        if (!ValueFromLiteral.TryCoerce(literal, type, variables, out var value))
        {
            throw Error($"Argument \"{name}\" has invalid value {AstPrinter.Print(literal)}.", literal);
        }

        coerced[name] = value;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static GraphQLException Error(string message, SyntaxNode node) =>
        new(new GraphQLError(message, ErrorLocations.Of(node)));
}
