using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Input coercion of constant literals (spec 3.10 and 3.11 "Input Coercion", graphql-js valueFromAST):
/// lists from single values, input objects with their field defaults filled in, leaves by their type.
/// Coerced input objects keep the type's field order, which the canonical form relies on.
/// </summary>
internal static class ConstLiteralCoercion
{
    /// <summary>Coerces a constant literal; returns why it can't be coerced, or null on success.</summary>
    public static string? Coerce(ValueNode literal, GraphQLType type, out object? value) => Coerce(literal, type, [], out value);

    private static string? Coerce(ValueNode literal, GraphQLType type, HashSet<InputValueDefinition> expanding, out object? value)
    {
        value = null;
        if (literal is NullValueNode)
        {
            return type is NonNullType ? $"Expected value of type \"{type}\", found null." : null;
        }

        switch (type.Nullable())
        {
            case ListType list when literal is ListValueNode items:
                var coercedItems = new List<object?>(items.Values.Count);
                foreach (var item in items.Values)
                {
                    if (Coerce(item, list.OfType, expanding, out var coercedItem) is { } itemReason)
                    {
                        return itemReason;
                    }

                    coercedItems.Add(coercedItem);
                }

                value = coercedItems;
                return null;
            case ListType list:
                // A single value where a list is expected is a list of one (spec 3.11 Input Coercion).
                var reason = Coerce(literal, list.OfType, expanding, out var single);
                value = new List<object?> { single };
                return reason;
            case InputObjectType input:
                return CoerceInputObject(literal, input, expanding, out value);
            case EnumType enumType:
                return Leaf(() => enumType.ParseLiteral(literal), out value);
            case ScalarType scalar:
                return Leaf(() => scalar.ParseLiteral(literal, null), out value);
            default:
                return $"Expected value of input type, found type \"{type}\".";
        }
    }

    private static string? CoerceInputObject(ValueNode literal, InputObjectType input, HashSet<InputValueDefinition> expanding, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode obj)
        {
            return $"Expected value of type \"{input.Name}\", found {AstPrinter.Print(literal)}.";
        }

        foreach (var given in obj.Fields)
        {
            if (input.GetField(given.Name.Value) is null)
            {
                return $"Field \"{given.Name.Value}\" is not defined by type \"{input.Name}\".";
            }
        }

        var coerced = new OrderedDictionary<string, object?>();
        foreach (var field in input.Fields.Values)
        {
            var given = obj.Fields.FirstOrDefault(candidate => candidate.Name.Value == field.Name);
            if (given is not null)
            {
                if (Coerce(given.Value, field.Type, expanding, out var fieldValue) is { } reason)
                {
                    return reason;
                }

                coerced.Add(field.Name, fieldValue);
            }
            else if (TryExpandDefault(field, expanding, out var defaultValue))
            {
                coerced.Add(field.Name, defaultValue);
            }
            else if (field.Type is NonNullType)
            {
                return $"Field \"{input.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.";
            }
        }

        if (input.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                return $"OneOf Input Object \"{input.Name}\" must specify exactly one key.";
            }

            if (coerced.GetAt(0).Value is null)
            {
                return $"Field \"{input.Name}.{coerced.GetAt(0).Key}\" must be non-null.";
            }
        }

        value = coerced;
        return null;
    }

    /// <summary>
    /// graphql-js fills in a missing field's own default. A default that is itself invalid (reported on its
    /// own) counts as absent, as graphql-js drops it; so does one that contains itself, which would never end.
    /// </summary>
    private static bool TryExpandDefault(InputValueDefinition field, HashSet<InputValueDefinition> expanding, out object? value)
    {
        value = null;
        if (field.DefaultValue is not { } literal || !expanding.Add(field))
        {
            return false;
        }

        var reason = Coerce(literal, field.Type, expanding, out value);
        expanding.Remove(field);
        return reason is null;
    }

    private static string? Leaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return null;
        }
        catch (CoercionException exception)
        {
            value = null;
            return exception.Message;
        }
    }
}
