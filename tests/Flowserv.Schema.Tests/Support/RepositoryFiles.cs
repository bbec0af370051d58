using System.Runtime.CompilerServices;

namespace Flowserv.Schema.Tests.Support;

/// <summary>Files of the repository the tests compare against, found from this source file's location.</summary>
internal static class RepositoryFiles
{
    /// <summary>The checked-in SDL of the schema.</summary>
    public static string SchemaSdl => Path.Combine(Root(), "schema", "schema.graphql");

    private static string Root([CallerFilePath] string sourceFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "..", ".."));
}
