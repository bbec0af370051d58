namespace Flowserv.Engine.Execution.Processes;

/// <summary>
/// The environment a step runs with. .NET's <see cref="System.Diagnostics.ProcessStartInfo"/> merges into the
/// server environment by default, while flowServ replaces it, so the mode is always explicit.
/// </summary>
public sealed class ProcessEnvironment(
    IReadOnlyDictionary<string, string> variables,
    ProcessEnvironmentMode mode = ProcessEnvironmentMode.ReplaceWhenNonEmpty)
{
    /// <summary>The server environment, unchanged.</summary>
    public static ProcessEnvironment Inherited { get; } =
        new(new Dictionary<string, string>(), ProcessEnvironmentMode.Inherit);

    public IReadOnlyDictionary<string, string> Variables { get; } = variables;

    public ProcessEnvironmentMode Mode { get; } = mode;

    /// <summary>Rewrites <paramref name="environment"/>, which starts as a copy of the server environment.</summary>
    internal void ApplyTo(IDictionary<string, string?> environment)
    {
        var replaces = Mode == ProcessEnvironmentMode.Replace
            || (Mode == ProcessEnvironmentMode.ReplaceWhenNonEmpty && Variables.Count > 0);
        if (replaces)
        {
            environment.Clear();
        }
        foreach (var (name, value) in Variables)
        {
            environment[name] = value;
        }
    }
}
