using System.CommandLine;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Utilities;

namespace Flowserv.GraphQL.Cli;

/// <summary>
/// <c>print --schema S</c> prints the schema in canonical SDL; <c>print doc.graphql</c> prints a
/// document in canonical form (both as graphql-js prints them).
/// </summary>
internal static class PrintCommand
{
    public static Command Create()
    {
        var schemaOption = CliOptions.Schema(required: false);
        var document = new Argument<FileInfo?>("document") { Description = "A document to format.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("print", "Print a schema or a document in canonical form.") { schemaOption, document };
        command.SetAction(parse => CliInputs.Guard(() =>
        {
            var schemaFile = parse.GetValue(schemaOption);
            var documentFile = parse.GetValue(document);
            if (documentFile is not null)
            {
                return PrintDocument(documentFile);
            }

            if (schemaFile is null)
            {
                throw new CliFailure("Give a document to print, or --schema to print the schema.");
            }

            Console.Out.Write(SchemaPrinter.Print(CliInputs.ReadSchema(schemaFile)));
            Console.Out.WriteLine();
            return 0;
        }));
        return command;
    }

    private static int PrintDocument(FileInfo file)
    {
        try
        {
            Console.Out.WriteLine(AstPrinter.Print(Parser.Parse(CliInputs.ReadText(file))));
            return 0;
        }
        catch (GraphQLException exception)
        {
            JsonOutput.WriteErrors(exception.Errors, null, indented: false);
            return 1;
        }
    }
}
