using System.Globalization;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Reads a run's result file (JSON, or YAML for <c>.yaml</c>/<c>.yml</c>; flowServ meant to allow
/// both but only JSON worked) and types each column's value: long, double or string, null for a
/// missing optional value. Failures are <see cref="ResultFileException"/>s (INVALID_RESULT).
/// </summary>
public static class ResultFileParser
{
    public static IReadOnlyDictionary<string, object?> Parse(ResultSchema schema, string resultFilePath)
    {
        var document = Read(schema.File, resultFilePath);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in schema.Columns)
        {
            var value = Lookup(document, column.PathSegments);
            if (value is null && column.Required)
            {
                throw new ResultFileException($"missing value for '{column.Name}'");
            }
            values[column.Name] = value is null ? null : Cast(column, value);
        }
        return values;
    }

    private static object? Read(string name, string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ResultFileException($"result file '{name}' not found or unreadable");
        }
        try
        {
            var yaml = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
            return yaml ? DocumentReader.ParseYaml(text) : DocumentReader.ParseJson(text, $"result file '{name}'");
        }
        catch (TemplateException error)
        {
            throw new ResultFileException($"invalid result file '{name}': {error.Message}");
        }
    }

    private static object? Lookup(object? document, IReadOnlyList<string> path)
    {
        var current = document;
        foreach (var segment in path)
        {
            if (current is not IReadOnlyDictionary<string, object?> map || !map.TryGetValue(segment, out current))
            {
                return null;
            }
        }
        return current;
    }

    private static object Cast(ResultColumn column, object value) => (column.Type, value) switch
    {
        (ResultType.String, _) => PythonText.Str(value),
        (ResultType.Int, long number) => number,
        (ResultType.Int, double number) when number == Math.Floor(number) && Math.Abs(number) < 9.2e18 => (long)number,
        (ResultType.Int, string text) when NumberText.TryParseInt(text, out var number) => number,
        (ResultType.Float, long number) => (double)number,
        (ResultType.Float, double number) => number,
        (ResultType.Float, string text) when NumberText.TryParseFloat(text, out var number) => number,
        _ => throw new ResultFileException(
            $"invalid value '{PythonText.Str(value)}' for '{column.Name}' (expected {column.Type.ToString().ToLower(CultureInfo.InvariantCulture)})"),
    };
}
