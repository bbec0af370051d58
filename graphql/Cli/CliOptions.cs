using System.CommandLine;

namespace Flowserv.GraphQL.Cli;

/// <summary>Options shared by the commands.</summary>
internal static class CliOptions
{
    public static Option<FileInfo> Schema(bool required) => new("--schema", "-s")
    {
        Description = "The schema, as an SDL file.",
        Required = required,
    };
}
