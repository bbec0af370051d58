using System.Collections;
using System.Text.Json;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Writes a runtime value of an input type as a literal (graphql-js astFromValue), e.g. to print a
/// CLR default value in SDL or introspection. Input objects may be maps or CLR objects (read by property).
/// </summary>
public static class ValueToLiteral
{
    /// <summary>The literal for <paramref name="value"/>, or null when the value cannot be represented in <paramref name="type"/>.</summary>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (value is JsonElement json)
        {
            value = PlainValues.FromJson(json);
        }

        if (type is NonNullType nonNull)
        {
            var literal = Convert(value, nonNull.OfType);
            return literal is NullValueNode ? null : literal;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        return type switch
        {
            ListType list => ConvertList(value, list.OfType),
            InputObjectType inputObject => ConvertInputObject(value, inputObject),
            EnumType enumType => new EnumValueNode(enumType.Serialize(value)),
            ScalarType scalar => ConvertScalar(value, scalar),
            _ => null,
        };
    }

    private static ValueNode? ConvertList(object value, GraphQLType itemType)
    {
        if (value is string || value is not IEnumerable items || IsMap(value))
        {
            return Convert(value, itemType);
        }

        var literals = new List<ValueNode>();
        foreach (var item in items)
        {
            if (Convert(item, itemType) is { } literal)
            {
                literals.Add(literal);
            }
        }

        return new ListValueNode(literals);
    }

    private static ObjectValueNode? ConvertInputObject(object value, InputObjectType type)
    {
        if (value is string || value.GetType().IsPrimitive)
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields.Values)
        {
            if (TryReadField(value, field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } literal)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), literal));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static bool TryReadField(object value, string name, out object? fieldValue)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out fieldValue);
            case IDictionary<string, object?> map:
                return map.TryGetValue(name, out fieldValue);
            default:
                var getter = MemberAccessors.Get(value.GetType(), name);
                fieldValue = getter?.Invoke(value);
                return getter is not null;
        }
    }

    private static ValueNode? ConvertScalar(object value, ScalarType scalar)
    {
        if (!ReferenceEquals(scalar, BuiltInScalars.ID))
        {
            return scalar.ValueToLiteral(value);
        }

        // graphql-js prints IDs that look like integers as Int literals.
        var id = (string)scalar.Serialize(value)!;
        return IsIntegerText(id) ? new IntValueNode(id) : new StringValueNode(id);
    }

    private static bool IsIntegerText(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (text.Length == start || (text[start] == '0' && text.Length > start + 1))
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMap(object value) => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?>;
}
