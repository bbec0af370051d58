using System.Globalization;
using System.Text.RegularExpressions;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// The literal graphql-js's astFromValue gives for a coerced value: input object fields in type order,
/// leaves serialized, numbers written as JavaScript writes them, integer-looking IDs as Int literals.
/// </summary>
internal static partial class CanonicalLiterals
{
    /// <summary>graphql-js astFromValue; false when the value has no literal form (graphql-js would throw).</summary>
    public static bool TryToLiteral(object? value, GraphQLType type, out ValueNode? literal)
    {
        literal = null;
        if (type is NonNullType nonNull)
        {
            if (!TryToLiteral(value, nonNull.OfType, out var inner))
            {
                return false;
            }

            literal = inner is NullValueNode ? null : inner;
            return true;
        }

        if (value is null)
        {
            literal = new NullValueNode();
            return true;
        }

        switch (type)
        {
            case ListType list when value is IReadOnlyList<object?> items:
                var itemLiterals = new List<ValueNode>(items.Count);
                foreach (var item in items)
                {
                    if (!TryToLiteral(item, list.OfType, out var itemLiteral))
                    {
                        return false;
                    }

                    if (itemLiteral is not null)
                    {
                        itemLiterals.Add(itemLiteral);
                    }
                }

                literal = new ListValueNode(itemLiterals);
                return true;
            case ListType list:
                return TryToLiteral(value, list.OfType, out literal);
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> fields:
                var fieldLiterals = new List<ObjectFieldNode>();
                foreach (var field in input.Fields.Values)
                {
                    if (!fields.TryGetValue(field.Name, out var fieldValue))
                    {
                        continue;
                    }

                    if (!TryToLiteral(fieldValue, field.Type, out var fieldLiteral))
                    {
                        return false;
                    }

                    if (fieldLiteral is not null)
                    {
                        fieldLiterals.Add(new ObjectFieldNode(new NameNode(field.Name), fieldLiteral));
                    }
                }

                literal = new ObjectValueNode(fieldLiterals);
                return true;
            case InputObjectType:
                return true;
            case EnumType enumType:
                literal = new EnumValueNode(enumType.Serialize(value));
                return true;
            case ScalarType scalar:
                return TryLeafLiteral(scalar, value, out literal);
            default:
                return false;
        }
    }

    private static bool TryLeafLiteral(ScalarType scalar, object value, out ValueNode? literal)
    {
        literal = null;
        object? serialized;
        try
        {
            serialized = scalar.Serialize(value);
        }
        catch (CoercionException)
        {
            return false;
        }

        switch (serialized)
        {
            case null:
                return true;
            case bool flag:
                literal = new BooleanValueNode(flag);
                return true;
            case string text:
                literal = ReferenceEquals(scalar, BuiltInScalars.ID) && IntegerPattern().IsMatch(text) ? new IntValueNode(text) : new StringValueNode(text);
                return true;
            case int or long or short or sbyte or byte or uint or ulong or ushort or float or double or decimal:
                var number = Convert.ToDouble(serialized, CultureInfo.InvariantCulture);
                if (!double.IsFinite(number))
                {
                    return false;
                }

                var printed = JavaScriptNumber.Format(number);
                literal = IntegerPattern().IsMatch(printed) ? new IntValueNode(printed) : new FloatValueNode(printed);
                return true;
            default:
                return false;
        }
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
