using System.CommandLine;

namespace Flowserv.GraphQL.Cli;

/// <summary>
/// <c>validate --schema S doc.graphql...</c>: prints <c>{"errors":[...]}</c> for one document, or one
/// JSON line with the document's path per document; exit code 1 when any document is rejected.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var schemaOption = CliOptions.Schema(required: true);
        var documents = new Argument<FileInfo[]>("documents") { Description = "Executable documents to validate.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Validate documents against the schema (spec section 5).") { schemaOption, documents };
        command.SetAction(parse => CliInputs.Guard(() =>
        {
            var schema = CliInputs.ReadSchema(parse.GetValue(schemaOption)!);
            var files = parse.GetValue(documents)!;
            var rejected = false;
            foreach (var file in files)
            {
                var errors = DocumentErrors.Check(schema, CliInputs.ReadText(file), out _);
                rejected |= errors.Count > 0;
                JsonOutput.WriteErrors(errors, files.Length == 1 ? null : file.ToString(), indented: false);
            }

            return rejected ? 1 : 0;
        }));
        return command;
    }
}
