using System.Text.Json;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;

namespace Flowserv.Bench.GraphQL;

internal sealed record BenchDocument(string Name, string Source, IReadOnlyDictionary<string, object?>? Variables);

/// <summary>The schema, root data and documents of bench/graphql-js, loaded once.</summary>
internal sealed record BenchInputs(GraphQLSchema Schema, object? RootValue, IReadOnlyList<BenchDocument> Documents)
{
    public static BenchInputs Load(string directory, string? only)
    {
        var schema = SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(directory, "schema.graphql")));

        // graphql-js executes over parsed JS objects, so we execute over plain maps rather than JsonElement.
        var rootValue = PlainValues.FromJson(ReadJson(Path.Combine(directory, "data.json")));
        var documents = Directory.GetFiles(Path.Combine(directory, "documents"), "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(file => new BenchDocument(
                Path.GetFileNameWithoutExtension(file),
                File.ReadAllText(file),
                File.Exists(Path.ChangeExtension(file, ".variables.json"))
                    ? PlainValues.MapFromJson(ReadJson(Path.ChangeExtension(file, ".variables.json")))
                    : null))
            .Where(document => only is null || document.Name == only)
            .ToArray();
        return new BenchInputs(schema, rootValue, documents);
    }

    private static JsonElement ReadJson(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.Clone();
    }
}
