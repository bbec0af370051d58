using System.Globalization;
using System.Text;

namespace Flowserv.GraphQL.Types;

/// <summary>Renders runtime input values in error messages the way graphql-js's <c>inspect</c> does.</summary>
public static class ValueDisplay
{
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => FormatMap(map),
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Format)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    private static string FormatMap(IReadOnlyDictionary<string, object?> map)
    {
        if (map.Count == 0)
        {
            return "{}";
        }

        var builder = new StringBuilder("{ ");
        builder.AppendJoin(", ", map.Select(pair => $"{pair.Key}: {Format(pair.Value)}"));
        return builder.Append(" }").ToString();
    }
}
