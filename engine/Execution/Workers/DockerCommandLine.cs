namespace Flowserv.Engine.Execution.Workers;

/// <summary>
/// The <c>docker run</c> command line of one step command: the run folder is mounted read-write at
/// <see cref="ContainerRunDirectory"/> and is the working directory, so the template's relative paths mean the
/// same inside the container as on the server; the container is removed when the command ends.
/// </summary>
public static class DockerCommandLine
{
    public const string ContainerRunDirectory = "/flowserv/run";

    public static string Build(string image, string command, string runDirectory, IReadOnlyDictionary<string, string> environment)
    {
        List<string> arguments = ["docker", "run", "--rm", "-v", $"{runDirectory}:{ContainerRunDirectory}", "-w", ContainerRunDirectory];
        foreach (var (name, value) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            arguments.Add("-e");
            arguments.Add($"{name}={value}");
        }
        arguments.AddRange([image, "/bin/sh", "-c", command]);
        return string.Join(' ', arguments.Select(Quote));
    }

    // Single quotes keep every character literal in /bin/sh; a quote itself is closed, escaped and reopened.
    private static string Quote(string argument) => "'" + argument.Replace("'", @"'\''", StringComparison.Ordinal) + "'";
}
