using System.Text.Json;
using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Runs;

/// <summary>A run argument as submitted (file arguments as flowServ stores them: <c>{type: "$file", value: {fileId, targetPath}}</c>).</summary>
[GraphQLName("Argument")]
public sealed class ArgumentObject(string name, JsonElement value)
{
    public string Name { get; } = name;

    public JsonElement? Value { get; } = value.ValueKind == JsonValueKind.Null ? null : value;
}
