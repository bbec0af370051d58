using System.Text.Json;
using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Cli;

/// <summary>Writes GraphQL-shaped JSON to standard output.</summary>
internal static class JsonOutput
{
    public static void WriteResult(ExecutionResult result, bool indented) =>
        Write(writer => ExecutionResultWriter.Write(writer, result), indented);

    /// <summary><c>{"errors": [...]}</c>, always with the member, so an empty list means valid.</summary>
    public static void WriteErrors(IReadOnlyList<GraphQLError> errors, string? document, bool indented) =>
        Write(
            writer =>
            {
                writer.WriteStartObject();
                if (document is not null)
                {
                    writer.WriteString("document", document);
                }

                writer.WritePropertyName("errors");
                ExecutionResultWriter.WriteErrors(writer, errors);
                writer.WriteEndObject();
            },
            indented);

    private static void Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout, ExecutionResultWriter.Options with { Indented = indented }))
        {
            write(writer);
        }

        stdout.Write("\n"u8);
    }
}
