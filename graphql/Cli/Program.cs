using System.CommandLine;
using Flowserv.GraphQL.Cli;

// Lint, run and format GraphQL documents against a schema written in SDL. Exit codes: 0 success,
// 1 the document was rejected or produced errors, 2 the schema or a file could not be read.
var root = new RootCommand("Validate, execute and print GraphQL documents against an SDL schema.")
{
    ValidateCommand.Create(),
    ExecuteCommand.Create(),
    PrintCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
