namespace Flowserv.Engine.Templates;

/// <summary>
/// Reads parameter declarations, accepting both flowServ's implemented spellings and the
/// documented ones (<c>dtype</c>/<c>datatype</c>/<c>type</c>, <c>help</c>/<c>description</c>,
/// <c>group</c>/<c>module</c>, <c>target</c>/<c>as</c>). Keys are strict, as in flowServ.
/// </summary>
internal static class ParameterParser
{
    private static readonly string[] TypeKeys = ["dtype", "datatype", "type"];
    private static readonly string[] HelpKeys = ["help", "description"];
    private static readonly string[] GroupKeys = ["group", "module"];
    private static readonly string[] TargetKeys = ["target", "as"];
    private static readonly string[] CommonKeys =
        ["name", "label", "index", "isRequired", "defaultValue", .. TypeKeys, .. HelpKeys, .. GroupKeys];

    public static ParameterIndex ParseAll(IReadOnlyList<object?> declarations, IReadOnlyCollection<ParameterGroup> groups)
    {
        var parameters = new ParameterIndex(declarations.Select((declaration, position) => Parse(declaration, position)));
        foreach (var parameter in parameters.Where(parameter => parameter.Group is not null))
        {
            if (!groups.Any(group => group.Name == parameter.Group))
            {
                throw new TemplateException($"unknown parameter group '{parameter.Group}' for parameter '{parameter.Name}'");
            }
        }
        return parameters;
    }

    /// <summary>Parses one declaration; <paramref name="position"/> is the default index.</summary>
    public static ParameterDeclaration Parse(object? declaration, int position)
    {
        var doc = DocumentMap.From(declaration, $"parameter declaration #{position + 1}");
        var name = doc.GetString("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw doc.Error($"missing 'name' for parameter declaration #{position + 1}");
        }
        doc = DocumentMap.From(declaration, $"parameter '{name}'");
        var type = ParseType(doc.GetString(TypeKeys), name);
        doc.RejectUnknown([.. CommonKeys, .. TypeSpecificKeys(type)]);
        var parameter = new ParameterDeclaration
        {
            Name = name,
            Type = type,
            Label = doc.GetString("label"),
            Help = doc.GetString(HelpKeys),
            Index = doc.GetInt("index") ?? position,
            IsRequired = doc.GetBool("isRequired") ?? !doc.Has("defaultValue"),
            Group = doc.GetString(GroupKeys),
            DefaultValue = doc.Get("defaultValue"),
            Values = type == ParameterType.Select ? ParseOptions(doc) : [],
            Target = type == ParameterType.File ? doc.GetString(TargetKeys) : null,
            Range = type is ParameterType.Int or ParameterType.Float ? ParseRange(doc, name) : null,
            Para = type == ParameterType.List ? ParsePara(doc, name) : null,
            Fields = type == ParameterType.Record ? ParseFields(doc, name) : [],
        };
        ValidateDefault(parameter);
        return parameter;
    }

    private static ParameterType ParseType(string? dtype, string name) => dtype?.ToLowerInvariant() switch
    {
        null => throw new TemplateException($"missing 'dtype' for parameter '{name}'"),
        "bool" or "boolean" => ParameterType.Bool,
        "select" => ParameterType.Select,
        "file" => ParameterType.File,
        "float" or "decimal" => ParameterType.Float,
        "int" or "integer" => ParameterType.Int,
        "string" => ParameterType.String,
        "list" => ParameterType.List,
        "record" => ParameterType.Record,
        "actor" => ParameterType.Actor,
        _ => throw new TemplateException($"unknown data type '{dtype}' for parameter '{name}'"),
    };

    private static string[] TypeSpecificKeys(ParameterType type) => type switch
    {
        ParameterType.Select => ["values"],
        ParameterType.File => TargetKeys,
        ParameterType.Int or ParameterType.Float => ["range"],
        ParameterType.List => ["para"],
        ParameterType.Record => ["fields"],
        _ => [],
    };

    private static List<SelectOption> ParseOptions(DocumentMap doc)
    {
        var values = doc.GetList("values");
        if (values.Count == 0)
        {
            throw doc.Error($"missing 'values' for {doc.Context}");
        }
        return values.Select(item =>
        {
            var option = doc.Nested(item, $"values of {doc.Context}");
            option.RejectUnknown("name", "value", "isDefault");
            if (!option.Has("value"))
            {
                throw option.Error($"missing element 'value' in {option.Context}");
            }
            return new SelectOption(option.RequireString("name"), option.Get("value"), option.GetBool("isDefault") ?? false);
        }).ToList();
    }

    private static RangeConstraint? ParseRange(DocumentMap doc, string name)
    {
        var text = doc.GetString("range");
        try
        {
            return text is null ? null : RangeConstraint.Parse(text);
        }
        catch (FormatException error)
        {
            throw new TemplateException($"{error.Message} for parameter '{name}'");
        }
    }

    private static ParameterDeclaration ParsePara(DocumentMap doc, string name) =>
        doc.Has("para") ? Parse(doc.Get("para"), 0) : throw doc.Error($"missing 'para' for list parameter '{name}'");

    private static List<ParameterDeclaration> ParseFields(DocumentMap doc, string name)
    {
        var fields = doc.GetList("fields");
        if (fields.Count == 0)
        {
            throw doc.Error($"missing 'fields' for record parameter '{name}'");
        }
        var parsed = fields.Select((field, position) => Parse(field, position)).ToList();
        var duplicate = parsed.GroupBy(field => field.Name).FirstOrDefault(group => group.Count() > 1);
        return duplicate is null ? parsed : throw doc.Error($"duplicate field '{duplicate.Key}' in record parameter '{name}'");
    }

    // Defaults of scalar types are checked at install time so that a bad template fails once,
    // not on every run that relies on the default.
    private static void ValidateDefault(ParameterDeclaration parameter)
    {
        if (parameter.DefaultValue is null
            || parameter.Type is ParameterType.File or ParameterType.Actor or ParameterType.List or ParameterType.Record)
        {
            return;
        }
        try
        {
            parameter.Cast(parameter.DefaultValue);
        }
        catch (ArgumentValueException error)
        {
            throw new TemplateException($"invalid default value for parameter '{parameter.Name}': {error.Message}");
        }
    }
}
