using System.Globalization;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types;

/// <summary>Conversions between literals and untyped plain values (graphql-js's valueFromASTUntyped and its inverse).</summary>
public static class LiteralValues
{
    public static object? ToPlainValue(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        NullValueNode => null,
        IntValueNode integer => long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? (object)whole
            : double.Parse(integer.Value, CultureInfo.InvariantCulture),
        FloatValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
        StringValueNode text => text.Value,
        BooleanValueNode flag => flag.Value,
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => list.Values.Select(item => ToPlainValue(item, variables)).ToArray(),
        ObjectValueNode map => ToPlainMap(map, variables),
        VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(literal), literal, "Unknown literal kind."),
    };

    /// <summary>Duplicate field names are reported by validation; here the last one wins, as in graphql-js.</summary>
    private static Dictionary<string, object?> ToPlainMap(ObjectValueNode map, IReadOnlyDictionary<string, object?>? variables)
    {
        var plain = new Dictionary<string, object?>(map.Fields.Count);
        foreach (var field in map.Fields)
        {
            plain[field.Name.Value] = ToPlainValue(field.Value, variables);
        }

        return plain;
    }

    public static ValueNode FromPlainValue(object? value) => value switch
    {
        null => new NullValueNode(),
        bool flag => new BooleanValueNode(flag),
        string text => new StringValueNode(text),
        int or long or short or byte or sbyte or uint or ushort => new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        double or float or decimal => FloatOrInt(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        IReadOnlyDictionary<string, object?> map => new ObjectValueNode(
            map.Select(pair => new ObjectFieldNode(new NameNode(pair.Key), FromPlainValue(pair.Value))).ToArray()),
        System.Collections.IEnumerable list => new ListValueNode(list.Cast<object?>().Select(FromPlainValue).ToArray()),
        _ => new StringValueNode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static ValueNode FloatOrInt(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return double.IsInteger(number) && !text.Contains('E') ? new IntValueNode(text) : new FloatValueNode(text);
    }
}
