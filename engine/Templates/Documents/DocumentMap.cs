using System.Globalization;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Typed, error-reporting access to one object of a parsed document. Every failure names the
/// element (<see cref="Context"/>) so that template authors can find the mistake.
/// </summary>
internal sealed class DocumentMap
{
    private readonly IReadOnlyDictionary<string, object?> values;
    private readonly Func<string, Exception> error;

    private DocumentMap(IReadOnlyDictionary<string, object?> values, string context, Func<string, Exception> error)
    {
        this.values = values;
        this.error = error;
        Context = context;
    }

    public string Context { get; }

    public static DocumentMap From(object? value, string context, Func<string, Exception>? error = null)
    {
        var raise = error ?? (message => new TemplateException(message));
        return value is IReadOnlyDictionary<string, object?> map
            ? new DocumentMap(map, context, raise)
            : throw raise($"invalid {context}: expected an object");
    }

    public Exception Error(string message) => error(message);

    public DocumentMap Nested(object? value, string context) => From(value, context, error);

    /// <summary>True if any of the spellings is present (even with a null value).</summary>
    public bool Has(params string[] spellings) => spellings.Any(values.ContainsKey);

    /// <summary>The value under the first present spelling; the others are accepted synonyms.</summary>
    public object? Get(params string[] spellings)
    {
        var present = spellings.Where(values.ContainsKey).ToList();
        if (present.Count > 1)
        {
            throw error($"conflicting elements '{present[0]}' and '{present[1]}' in {Context}");
        }
        return present.Count == 0 ? null : values[present[0]];
    }

    public string? GetString(params string[] spellings) => Get(spellings) switch
    {
        null => null,
        string text => text,
        IConvertible scalar and not bool => scalar.ToString(CultureInfo.InvariantCulture),
        _ => throw error($"invalid {Context}: '{spellings[0]}' must be a string"),
    };

    public string RequireString(params string[] spellings) =>
        GetString(spellings) ?? throw error($"missing element '{spellings[0]}' in {Context}");

    public bool? GetBool(params string[] spellings) => Get(spellings) switch
    {
        null => null,
        bool flag => flag,
        string text when bool.TryParse(text, out var flag) => flag,
        _ => throw error($"invalid {Context}: '{spellings[0]}' must be a Boolean"),
    };

    public int? GetInt(params string[] spellings) => Get(spellings) switch
    {
        null => null,
        long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
        string text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => throw error($"invalid {Context}: '{spellings[0]}' must be an integer"),
    };

    public IReadOnlyList<object?> GetList(params string[] spellings) => Get(spellings) switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        _ => throw error($"invalid {Context}: '{spellings[0]}' must be a list"),
    };

    public IReadOnlyList<string> GetStringList(params string[] spellings) => GetList(spellings)
        .Select(item => item as string ?? throw error($"invalid {Context}: '{spellings[0]}' must be a list of strings"))
        .ToList();

    /// <summary>Rejects keys that are not among the allowed spellings (strict sections of the format).</summary>
    public void RejectUnknown(params string[] allowed)
    {
        var unknown = values.Keys.FirstOrDefault(key => !allowed.Contains(key, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw error($"unknown element '{unknown}' in {Context}");
        }
    }
}
