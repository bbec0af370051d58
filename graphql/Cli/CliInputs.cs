using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Cli;

/// <summary>Reads the files a command is given, turning every failure into a <see cref="CliFailure"/>.</summary>
internal static class CliInputs
{
    public static string ReadText(FileInfo file)
    {
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (IOException exception)
        {
            throw new CliFailure($"Cannot read {file.FullName}: {exception.Message}");
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new CliFailure($"Cannot read {file.FullName}: {exception.Message}");
        }
    }

    public static GraphQLSchema ReadSchema(FileInfo file)
    {
        try
        {
            return SchemaBuilder.FromSdl(ReadText(file));
        }
        catch (SchemaException exception)
        {
            throw new CliFailure($"The schema {file.FullName} is invalid:{Environment.NewLine}{exception.Message}");
        }
        catch (GraphQLException exception)
        {
            throw new CliFailure($"The schema {file.FullName} is not valid SDL: {exception.Message}");
        }
    }

    /// <summary>Runs a command body, reporting <see cref="CliFailure"/>s on standard error.</summary>
    public static int Guard(Func<int> command)
    {
        try
        {
            return command();
        }
        catch (CliFailure failure)
        {
            Console.Error.WriteLine(failure.Message);
            return CliFailure.ExitCode;
        }
    }
}
