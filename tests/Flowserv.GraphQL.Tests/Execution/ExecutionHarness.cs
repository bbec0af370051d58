using System.Text.Json;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Tests.Execution;

/// <summary>Executes documents and compares the serialized responses with expected JSON text.</summary>
internal static class ExecutionHarness
{
    public static async Task<string> RunAsync(
        string query,
        string? variablesJson = null,
        GraphQLSchema? schema = null,
        object? rootValue = null,
        string? operationName = null,
        ExecutionOptions? options = null,
        IDictionary<string, object?>? requestData = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema ?? ExecutionTestSchema.Schema,
            Document = Parser.Parse(query),
            OperationName = operationName,
            VariableValues = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement,
            RootValue = rootValue,
            Options = options ?? ExecutionOptions.Default,
            RequestData = requestData ?? new Dictionary<string, object?>(),
        });
        return Serialize(result);
    }

    public static string Serialize(ExecutionResult result) => System.Text.Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result));

    /// <summary>Expected JSON text in the writer's compact form (key order kept).</summary>
    public static string Json(string expected)
    {
        using var document = JsonDocument.Parse(expected);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResultWriter.Options))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static async Task AssertResponseAsync(string expected, string query, string? variablesJson = null, GraphQLSchema? schema = null, object? rootValue = null, string? operationName = null, ExecutionOptions? options = null) =>
        Assert.Equal(Json(expected), await RunAsync(query, variablesJson, schema, rootValue, operationName, options));
}
