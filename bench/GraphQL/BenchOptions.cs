namespace Flowserv.Bench.GraphQL;

/// <summary>The same options as bench/graphql-js/bench.mjs, so both sides run identical loops.</summary>
internal sealed record BenchOptions(string InputDirectory, double TimeMs, double WarmupMs, int WarmupRuns, string? Only, bool Pretty)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var index and >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        return new BenchOptions(
            Value("--inputs") ?? Path.Combine(RepositoryRoot(), "bench", "graphql-js"),
            double.Parse(Value("--time-ms") ?? "1000", System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(Value("--warmup-ms") ?? "300", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--warmup-runs") ?? "200", System.Globalization.CultureInfo.InvariantCulture),
            Value("--only"),
            args.Contains("--pretty"));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Flowserv.GraphQL.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository, or pass --inputs <bench/graphql-js folder>.");
    }
}
