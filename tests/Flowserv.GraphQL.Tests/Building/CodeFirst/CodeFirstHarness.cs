using System.Text;
using System.Text.Json;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Tests.Building.CodeFirst;

/// <summary>Runs documents through the request pipeline the way a host does and returns the response JSON.</summary>
internal static class CodeFirstHarness
{
    public static async Task<string> ExecuteAsync(GraphQLSchema schema, string query, string? variables = null, IServiceProvider? services = null, IDictionary<string, object?>? requestData = null) =>
        Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(await ExecuteResultAsync(schema, query, variables, services, requestData)));

    public static Task<ExecutionResult> ExecuteResultAsync(GraphQLSchema schema, string query, string? variables = null, IServiceProvider? services = null, IDictionary<string, object?>? requestData = null) =>
        new RequestExecutor(schema).ExecuteAsync(Request(query, variables), services, requestData);

    public static IEnumerable<string> Messages(ExecutionResult result) => result.Errors?.Select(error => error.Message) ?? [];

    public static async Task<List<string>> SubscribeAsync(GraphQLSchema schema, string query, string? variables = null, IServiceProvider? services = null)
    {
        var subscription = await new RequestExecutor(schema).SubscribeAsync(Request(query, variables), services);
        var responses = new List<string>();
        if (subscription.Stream is null)
        {
            responses.Add(Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(subscription.Result!)));
            return responses;
        }

        await foreach (var result in subscription.Stream)
        {
            responses.Add(Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result)));
        }

        return responses;
    }

    /// <summary>Compact JSON from a readable one, so expectations can be written with single quotes.</summary>
    public static string Json(string readable) =>
        JsonSerializer.Serialize(JsonDocument.Parse(readable.Replace('\'', '"')).RootElement);

    private static GraphQLRequest Request(string query, string? variables) => new()
    {
        Query = query,
        Variables = variables is null ? null : JsonDocument.Parse(variables).RootElement,
    };
}
