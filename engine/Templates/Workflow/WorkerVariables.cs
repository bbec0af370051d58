namespace Flowserv.Engine.Templates;

/// <summary>
/// Worker variables substituted into commands ahead of the workflow context. flowServ maps
/// <c>${python}</c> to its own interpreter; a .NET server needs a configured one instead.
/// </summary>
public static class WorkerVariables
{
    public const string Python = "python";

    public const string DefaultPython = "python3";

    public static IReadOnlyDictionary<string, string> Default { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { [Python] = DefaultPython };

    /// <summary>The defaults overridden by <paramref name="variables"/>.</summary>
    public static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string>? variables)
    {
        var merged = new Dictionary<string, string>(Default, StringComparer.Ordinal);
        foreach (var (name, value) in variables ?? Default)
        {
            merged[name] = value;
        }
        return merged;
    }
}
