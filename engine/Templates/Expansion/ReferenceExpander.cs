namespace Flowserv.Engine.Templates;

/// <summary>
/// Replaces <c>$[[...]]</c> references with argument values, following flowServ (C.7):
/// a string that is exactly one reference becomes the typed value (a file becomes its
/// <see cref="InputFile"/>); a conditional yields its literal branch when the flag's text is
/// 'true' (case-insensitive), else the other branch or null.
/// Deliberate fixes: references embedded in longer strings are substituted with the value's text
/// (flowServ validated but left them untouched); defaults are cast, and conditionals consult the
/// default too. <c>arguments</c> are cast values (see <see cref="ArgumentCaster"/>).
/// </summary>
public sealed class ReferenceExpander(ParameterIndex parameters, IReadOnlyDictionary<string, object?> arguments)
{
    /// <summary>Expands references in strings, recursively through lists and objects.</summary>
    public object? Expand(object? node) => node switch
    {
        string text => ExpandString(text),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(entry => entry.Key, entry => Expand(entry.Value), StringComparer.Ordinal),
        IReadOnlyList<object?> items => items.Select(Expand).ToList(),
        _ => node,
    };

    /// <summary>A whole reference gives the typed value (or null); otherwise the text with references substituted.</summary>
    public object? ExpandString(string text)
    {
        var whole = ParameterReference.ParseWhole(text);
        if (whole is not null)
        {
            return Resolve(whole);
        }
        return ParameterReference.ReplaceAll(text, reference => Text(Resolve(reference)));
    }

    /// <summary>
    /// Expands the references in a command or file path that then goes through
    /// <see cref="CommandSubstitution"/>: '$' in values becomes '$$', so values are never substituted twice.
    /// </summary>
    public string ExpandForSubstitution(string text) =>
        ParameterReference.ReplaceAll(text, reference => Text(Resolve(reference)).Replace("$", "$$", StringComparison.Ordinal));

    // The argument, else the cast default; false when neither exists.
    private bool TryGetValue(string name, out object? value)
    {
        if (arguments.TryGetValue(name, out value) && value is not null)
        {
            return true;
        }
        var parameter = parameters.Find(name);
        value = parameter?.DefaultValue is { } defaultValue ? CastDefault(parameter, defaultValue) : null;
        return value is not null;
    }

    private object? Resolve(ParameterReference reference)
    {
        if (!TryGetValue(reference.Name, out var value))
        {
            throw ArgumentValueException.Missing(reference.Name);
        }
        if (!reference.IsConditional)
        {
            return value;
        }
        return PythonText.Str(value).Equals("true", StringComparison.OrdinalIgnoreCase) ? reference.IfTrue : reference.IfFalse;
    }

    private static string Text(object? value) => value is null ? "" : PythonText.Str(value);

    // A file parameter's default is a path to a template file, already its own target path.
    private static object? CastDefault(ParameterDeclaration parameter, object defaultValue) =>
        parameter.Type is ParameterType.File or ParameterType.Actor ? defaultValue : parameter.Cast(defaultValue);
}
