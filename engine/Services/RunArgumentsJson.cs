using System.Text.Json;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Services;

/// <summary>
/// Stores run arguments as submitted, in flowServ's shape: <c>[{name, value}]</c>, with file values as
/// <c>{type: "$file", value: {fileId, targetPath?}}</c>.
/// </summary>
public static class RunArgumentsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(IEnumerable<RunArgument> arguments) =>
        JsonSerializer.Serialize(arguments.Select(argument => new Dictionary<string, object?>
        {
            ["name"] = argument.Name,
            ["value"] = argument.File is { } file ? FileValue(file) : argument.Value,
        }), Options);

    /// <summary>The stored arguments as (name, raw value) pairs, ready for <see cref="ArgumentCaster"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, JsonElement>> Deserialize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(item => KeyValuePair.Create(item.GetProperty("name").GetString()!, item.GetProperty("value").Clone()))
            .ToList();
    }

    private static Dictionary<string, object?> FileValue(FileArgument file)
    {
        var value = new Dictionary<string, object?> { ["fileId"] = file.FileId };
        if (file.TargetPath is not null)
        {
            value["targetPath"] = file.TargetPath;
        }
        return new Dictionary<string, object?> { ["type"] = "$file", ["value"] = value };
    }
}
