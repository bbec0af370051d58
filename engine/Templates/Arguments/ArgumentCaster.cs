using System.Globalization;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Storage;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Casts raw run arguments to typed values with flowServ's rules (bool table, Python-like number
/// parsing, range checks, type-sensitive select, file target precedence, records, actors).
/// Cast values are bool, long, double (int parameters also accept ±inf, as in flowServ), string,
/// <see cref="InputFile"/>, <see cref="ActorValue"/>, lists and dictionaries (records) of those.
/// Every failure is an <see cref="ArgumentValueException"/> (INVALID_ARGUMENT) naming the parameter.
/// </summary>
public static class ArgumentCaster
{
    private static readonly string[] TrueTexts = ["1", "t", "true"];
    private static readonly string[] FalseTexts = ["", "0", "f", "false"];

    /// <summary>
    /// Casts the arguments of a run. Unknown names and missing required arguments (required and
    /// without default) are errors; a null value counts as not given. Defaults are not filled in:
    /// expansion applies them (see <see cref="ReferenceExpander"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, object?> CastArguments(ParameterIndex parameters, IReadOnlyDictionary<string, object?> arguments)
    {
        var cast = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            var parameter = parameters.Find(name) ?? throw ArgumentValueException.Unknown(name);
            if (value is not null)
            {
                cast[name] = Cast(parameter, value);
            }
        }
        var missing = parameters.FirstOrDefault(parameter =>
            parameter.IsRequired && parameter.DefaultValue is null && !cast.ContainsKey(parameter.Name));
        return missing is null ? cast : throw ArgumentValueException.Missing(missing.Name);
    }

    /// <summary>Casts one raw value for <paramref name="parameter"/>.</summary>
    public static object? Cast(ParameterDeclaration parameter, object? value) => Cast(parameter, RawValue.Normalize(value), new ArgumentPath(parameter.Name, parameter.Name));

    private static object? Cast(ParameterDeclaration parameter, object? value, ArgumentPath path)
    {
        if (value is null && parameter.Type != ParameterType.Bool)
        {
            throw Invalid(path, "missing value");
        }
        return parameter.Type switch
        {
            ParameterType.Bool => CastBool(value, path),
            ParameterType.Select => CastSelect(parameter, value!, path),
            ParameterType.String => value is FileArgument ? throw Invalid(path, "invalid argument type") : PythonText.Str(value),
            ParameterType.Int => CheckRange(parameter, CastInt(value!, path), path),
            ParameterType.Float => CheckRange(parameter, CastFloat(value!, path), path),
            ParameterType.File => CastFile(parameter, value!, path),
            ParameterType.List => CastList(parameter, value!, path),
            ParameterType.Record => CastRecord(parameter, value!, path),
            ParameterType.Actor => CastActor(value!, path),
            _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter.Type, "unknown parameter type"),
        };
    }

    private static bool CastBool(object? value, ArgumentPath path)
    {
        if (value is null or bool)
        {
            return value is true;
        }
        var text = PythonText.Str(value).ToLowerInvariant();
        if (TrueTexts.Contains(text))
        {
            return true;
        }
        return FalseTexts.Contains(text) ? false : throw Invalid(path, $"not a Boolean '{PythonText.Str(value)}'");
    }

    private static object? CastSelect(ParameterDeclaration parameter, object value, ArgumentPath path)
    {
        var option = parameter.Values.FirstOrDefault(option => SameValue(option.Value, value));
        return option is not null ? option.Value : throw Invalid(path, $"unknown value '{PythonText.Str(value)}'");
    }

    // Type-sensitive as in flowServ ("1" is not 1), except that 1 and 1.0 are the same number.
    private static bool SameValue(object? declared, object? given) => (declared, given) switch
    {
        (long or double, long or double) => Convert.ToDouble(declared, CultureInfo.InvariantCulture)
            == Convert.ToDouble(given, CultureInfo.InvariantCulture),
        _ => Equals(declared, given),
    };

    private static object CastInt(object value, ArgumentPath path)
    {
        switch (value)
        {
            case long number:
                return number;
            case double number when double.IsInfinity(number):
                return number;
            case double number when number == Math.Floor(number) && Math.Abs(number) < 9.2e18:
                return (long)number;
            case string text when NumberText.TryParseInt(text, out var number):
                return number;
            case string text when NumberText.TryParseFloat(text, out var number) && (double.IsInfinity(number) || number == Math.Floor(number)):
                return double.IsInfinity(number) ? number : (object)(long)number;
            default:
                throw Invalid(path, $"no int '{PythonText.Str(value)}'");
        }
    }

    private static double CastFloat(object value, ArgumentPath path) => value switch
    {
        long number => number,
        double number => number,
        string text when NumberText.TryParseFloat(text, out var number) => number,
        _ => throw Invalid(path, $"no float '{PythonText.Str(value)}'"),
    };

    private static object CheckRange(ParameterDeclaration parameter, object number, ArgumentPath path)
    {
        var value = Convert.ToDouble(number, CultureInfo.InvariantCulture);
        return parameter.Range is null || parameter.Range.Contains(value)
            ? number
            : throw Invalid(path, $"{PythonText.Str(number)} not in {parameter.Range}");
    }

    private static InputFile CastFile(ParameterDeclaration parameter, object value, ArgumentPath path)
    {
        var file = value switch
        {
            InputFile input => new FileArgument(input.FileId, input.TargetPath),
            FileArgument argument => argument,
            IReadOnlyDictionary<string, object?> map => FileReference(map),
            _ => null,
        } ?? throw Invalid(path, "expected a file reference {fileId, targetPath}");
        var target = file.TargetPath ?? parameter.Target ?? parameter.DefaultValue as string
            ?? throw Invalid(path, "missing target path");
        return new InputFile(file.FileId, NormalizeTarget(path, target));
    }

    // Accepts {fileId, targetPath?} and flowServ's serialized form {type: '$file', value: {fileId, targetPath?}}.
    private static FileArgument? FileReference(IReadOnlyDictionary<string, object?> map)
    {
        if (map.GetValueOrDefault("type") is "$file" && map.GetValueOrDefault("value") is IReadOnlyDictionary<string, object?> inner)
        {
            map = inner;
        }
        var target = map.GetValueOrDefault("targetPath") ?? map.GetValueOrDefault("target");
        return map.GetValueOrDefault("fileId") is string fileId && target is null or string
            ? new FileArgument(fileId, target as string)
            : null;
    }

    private static string NormalizeTarget(ArgumentPath path, string target)
    {
        try
        {
            return SafePath.NormalizeRelative(target);
        }
        catch (ConstraintViolationException)
        {
            throw Invalid(path, $"invalid target path '{target}'");
        }
    }

    private static List<object?> CastList(ParameterDeclaration parameter, object value, ArgumentPath path)
    {
        if (value is not IReadOnlyList<object?> items)
        {
            throw Invalid(path, "invalid argument type: expected a list");
        }
        return items.Select((item, position) => Cast(parameter.Para!, item, path.Element(position))).ToList();
    }

    // flowServ takes a list of {name, value}; a JSON object {field: value} is accepted too.
    private static Dictionary<string, object?> CastRecord(ParameterDeclaration parameter, object value, ArgumentPath path)
    {
        var given = value switch
        {
            IReadOnlyDictionary<string, object?> map => map,
            IReadOnlyList<object?> pairs => RecordPairs(pairs, path),
            _ => throw Invalid(path, "invalid argument type: expected a record"),
        };
        var unknown = given.Keys.FirstOrDefault(name => !parameter.Fields.Any(field => field.Name == name));
        if (unknown is not null)
        {
            throw Invalid(path, $"unknown field '{unknown}'");
        }
        var record = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in parameter.Fields)
        {
            var fieldPath = path.Field(field.Name);
            if (given.TryGetValue(field.Name, out var fieldValue) && fieldValue is not null)
            {
                record[field.Name] = Cast(field, fieldValue, fieldPath);
            }
            else if (field.DefaultValue is not null)
            {
                record[field.Name] = Cast(field, RawValue.Normalize(field.DefaultValue), fieldPath);
            }
            else if (field.IsRequired)
            {
                throw Invalid(path, $"missing field '{field.Name}'");
            }
        }
        return record;
    }

    private static Dictionary<string, object?> RecordPairs(IReadOnlyList<object?> pairs, ArgumentPath path)
    {
        var record = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (pair is not IReadOnlyDictionary<string, object?> { Count: 2 } item
                || item.GetValueOrDefault("name") is not string name
                || !item.ContainsKey("value"))
            {
                throw Invalid(path, "invalid argument type: expected a list of {name, value}");
            }
            record[name] = item["value"];
        }
        return record;
    }

    private static ActorValue CastActor(object value, ArgumentPath path)
    {
        if (value is ActorValue actor)
        {
            return actor;
        }
        // Template defaults may give the bare action, or flowServ's legacy ['container', {image, commands}].
        var map = value as IReadOnlyDictionary<string, object?>;
        var specification = map is not null && map.ContainsKey("spec") ? map["spec"] : value;
        if (specification is not (IReadOnlyDictionary<string, object?> or IReadOnlyList<object?>))
        {
            throw Invalid(path, $"invalid actor value '{PythonText.Str(value)}'");
        }
        StepAction spec;
        try
        {
            spec = StepActionParser.Parse(specification, $"actor '{path.Text}'");
        }
        catch (TemplateException error)
        {
            throw Invalid(path, $"invalid actor value: {error.Message}");
        }
        var files = map?.GetValueOrDefault("files") switch
        {
            null => [],
            IReadOnlyList<object?> items => items.Select((item, position) => ActorFile(item, path.Field("files").Element(position))).ToList(),
            _ => throw Invalid(path, "invalid actor value: 'files' must be a list"),
        };
        return new ActorValue(spec, files);
    }

    private static InputFile ActorFile(object? item, ArgumentPath path)
    {
        var file = item switch
        {
            FileArgument argument => argument,
            IReadOnlyDictionary<string, object?> map => FileReference(map),
            _ => null,
        } ?? throw Invalid(path, "expected a file reference {fileId, targetPath}");
        var target = file.TargetPath ?? throw Invalid(path, "missing target path");
        return new InputFile(file.FileId, NormalizeTarget(path, target));
    }

    private static ArgumentValueException Invalid(ArgumentPath path, string detail) =>
        new(path.Parameter, $"invalid argument '{path.Text}': {detail}");

    // Errors inside lists and records name the run argument and point into it, e.g. 'points[2].x'.
    private readonly record struct ArgumentPath(string Parameter, string Text)
    {
        public ArgumentPath Element(int position) => this with { Text = $"{Text}[{position}]" };

        public ArgumentPath Field(string name) => this with { Text = $"{Text}.{name}" };
    }
}
