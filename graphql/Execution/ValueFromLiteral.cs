using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Coerces a literal, possibly containing variables, to an input type (spec 2.9 with 3.10 "Input
/// Coercion"; graphql-js valueFromAST). An invalid literal is reported as "no value" rather than an
/// error, since validation already explained it; a variable without a runtime value counts as absent.
/// </summary>
public static class ValueFromLiteral
{
    public static bool TryCoerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            // Variables were coerced to their declared type; only a null in a non-null position remains to check.
            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryCoerce(literal, nonNull.OfType, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        return type switch
        {
            ListType list => TryCoerceList(literal, list.OfType, variables, out value),
            InputObjectType inputObject => TryCoerceInputObject(literal, inputObject, variables, out value),
            ScalarType scalar => TryParseLeaf(() => scalar.ParseLiteral(literal, variables), out value),
            EnumType enumType => TryParseLeaf(() => enumType.ParseLiteral(literal), out value),
            _ => false,
        };
    }

    /// <summary>Coerces a literal known to be valid, such as a schema default value.</summary>
    public static object? Coerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables) =>
        TryCoerce(literal, type, variables, out var value)
            ? value
            : throw new GraphQLException($"Invalid default value {Language.AstPrinter.Print(literal)} for type \"{type}\".", ErrorCodes.InternalServerError);

    private static bool TryCoerceList(ValueNode literal, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        if (literal is not ListValueNode list)
        {
            var ok = TryCoerce(literal, itemType, variables, out var single);
            value = ok ? new[] { single } : null;
            return ok;
        }

        var items = new object?[list.Values.Count];
        value = null;
        for (var i = 0; i < items.Length; i++)
        {
            var item = list.Values[i];
            if (IsMissingVariable(item, variables))
            {
                // A missing variable inside a list is null, which is only an error in a non-null list item.
                if (itemType is NonNullType)
                {
                    return false;
                }
            }
            else if (!TryCoerce(item, itemType, variables, out items[i]))
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryCoerceInputObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode objectLiteral)
        {
            return false;
        }

        var coerced = new OrderedDictionary<string, object?>();
        foreach (var field in type.Fields.Values)
        {
            var fieldLiteral = FindField(objectLiteral, field.Name);
            if (fieldLiteral is null || IsMissingVariable(fieldLiteral, variables))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = Coerce(field.DefaultValue, field.Type, null);
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldLiteral, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.GetAt(0).Value is null))
        {
            return false;
        }

        value = InputObjectValues.Create(type, coerced);
        return true;
    }

    private static ValueNode? FindField(ObjectValueNode literal, string name)
    {
        foreach (var field in literal.Fields)
        {
            if (field.Name.Value == name)
            {
                return field.Value;
            }
        }

        return null;
    }

    private static bool IsMissingVariable(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool TryParseLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            value = null;
            return false;
        }
    }
}
