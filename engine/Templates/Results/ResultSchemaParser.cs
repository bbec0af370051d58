namespace Flowserv.Engine.Templates;

/// <summary>Reads the <c>results</c> element; keys are strict and every error names the culprit.</summary>
internal static class ResultSchemaParser
{
    public static ResultSchema Parse(object? element)
    {
        var doc = DocumentMap.From(element, "results");
        doc.RejectUnknown("file", "schema", "orderBy");
        var file = doc.RequireString("file");
        var columns = doc.GetList("schema").Select((column, position) => ParseColumn(doc.Nested(column, $"result column #{position + 1}"))).ToList();
        if (columns.Count == 0)
        {
            throw doc.Error("missing element 'schema' in results");
        }
        EnsureUnique(columns.Select(column => column.Name), name => $"duplicate column identifier '{name}'");
        EnsureUnique(columns.Select(column => column.Label), label => $"not unique column name '{label}'");
        var orderBy = doc.GetList("orderBy").Select((item, position) => ParseSortColumn(doc.Nested(item, $"orderBy item #{position + 1}"))).ToList();
        var unknown = orderBy.FirstOrDefault(sort => !columns.Any(column => column.Name == sort.Name));
        return unknown is null
            ? new ResultSchema(file, columns, orderBy)
            : throw new TemplateException($"unknown column '{unknown.Name}' in orderBy");
    }

    private static ResultColumn ParseColumn(DocumentMap doc)
    {
        doc.RejectUnknown("name", "label", "dtype", "type", "path", "required");
        var name = doc.RequireString("name");
        var dtype = doc.GetString("dtype", "type") ?? throw doc.Error($"missing 'dtype' for result column '{name}'");
        var type = dtype.ToLowerInvariant() switch
        {
            "float" or "decimal" => ResultType.Float,
            "int" => ResultType.Int,
            "string" => ResultType.String,
            _ => throw doc.Error($"unknown data type '{dtype}' for result column '{name}'"),
        };
        var path = doc.GetString("path");
        if (path is not null && path.Split('/').Any(string.IsNullOrWhiteSpace))
        {
            throw doc.Error($"invalid path '{path}' for result column '{name}'");
        }
        return new ResultColumn(name, doc.GetString("label") ?? name, type, path, doc.GetBool("required") ?? true);
    }

    private static SortColumn ParseSortColumn(DocumentMap doc)
    {
        doc.RejectUnknown("name", "sortDesc");
        return new SortColumn(doc.RequireString("name"), doc.GetBool("sortDesc") ?? true);
    }

    private static void EnsureUnique(IEnumerable<string> values, Func<string, string> message)
    {
        var duplicate = values.GroupBy(value => value, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new TemplateException(message(duplicate.Key));
        }
    }
}
