namespace Flowserv.Engine.Templates;

/// <summary>Checks that every <c>$[[name]]</c> in a workflow specification names a declared parameter.</summary>
internal static class TemplateReferences
{
    public static void Validate(object? specification, ParameterIndex parameters, string section)
    {
        var unknown = Strings(specification)
            .SelectMany(ParameterReference.FindAll)
            .FirstOrDefault(reference => !parameters.Contains(reference.Name));
        if (unknown is not null)
        {
            throw new TemplateException($"unknown parameter '{unknown.Name}' referenced in {section}");
        }
    }

    // Values only: flowServ does not scan keys either.
    private static IEnumerable<string> Strings(object? node) => node switch
    {
        string text => [text],
        IReadOnlyDictionary<string, object?> map => map.Values.SelectMany(Strings),
        IReadOnlyList<object?> items => items.SelectMany(Strings),
        _ => [],
    };
}
