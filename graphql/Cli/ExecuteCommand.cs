using System.CommandLine;
using System.Text.Json;
using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Cli;

/// <summary>
/// <c>execute --schema S --data root.json doc.graphql</c>: runs the document with the JSON file as the
/// root value (every field reads the same-named key of its parent) and prints the response; exit code 1
/// when the response has errors.
/// </summary>
internal static class ExecuteCommand
{
    public static Command Create()
    {
        var schemaOption = CliOptions.Schema(required: true);
        var dataOption = new Option<FileInfo?>("--data", "-d") { Description = "JSON file with the root value." };
        var variablesOption = new Option<FileInfo?>("--variables", "-v") { Description = "JSON file with the variable values." };
        var operationOption = new Option<string?>("--operation", "-o") { Description = "The operation to run when the document has several." };
        var document = new Argument<FileInfo>("document") { Description = "The executable document." };
        var command = new Command("execute", "Execute a document against JSON root data.")
        {
            schemaOption, dataOption, variablesOption, operationOption, document,
        };
        command.SetAction(parse => CliInputs.Guard(() =>
        {
            var schema = CliInputs.ReadSchema(parse.GetValue(schemaOption)!);
            var errors = DocumentErrors.Check(schema, CliInputs.ReadText(parse.GetValue(document)!), out var parsed);
            var result = errors.Count > 0
                ? ExecutionResult.FromErrors(errors)
                : Executor.ExecuteAsync(new ExecutionArgs
                {
                    Schema = schema,
                    Document = parsed!,
                    OperationName = parse.GetValue(operationOption),
                    RootValue = ReadJson(parse.GetValue(dataOption)),
                    VariableValues = ReadJson(parse.GetValue(variablesOption)),
                }).GetAwaiter().GetResult();
            JsonOutput.WriteResult(result, indented: true);
            return result.Errors is { Count: > 0 } ? 1 : 0;
        }));
        return command;
    }

    private static JsonElement? ReadJson(FileInfo? file)
    {
        if (file is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(CliInputs.ReadText(file));
            return json.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new CliFailure($"{file.FullName} is not valid JSON: {exception.Message}");
        }
    }
}
