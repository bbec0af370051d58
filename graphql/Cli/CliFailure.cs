namespace Flowserv.GraphQL.Cli;

/// <summary>An input the command cannot work with (unreadable file, invalid schema): exit code 2.</summary>
internal sealed class CliFailure(string message) : Exception(message)
{
    public const int ExitCode = 2;
}
