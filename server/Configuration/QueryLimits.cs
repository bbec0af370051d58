using Flowserv.Engine.Errors;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Server.Configuration;

/// <summary>
/// The operation limits of the API, from <c>FLOWSERV_MAX_DEPTH</c> and <c>FLOWSERV_MAX_COMPLEXITY</c>. The
/// complexity default is higher than the runtime's: a dashboard's page of 100 runs with their group, workflow
/// and files already costs about 1,200, and refusing it would push clients into many small requests.
/// </summary>
public static class QueryLimits
{
    public const int DefaultMaxComplexity = 5000;

    public static ExecutionOptions FromSettings(Func<string, string?> setting) => ExecutionOptions.Default with
    {
        MaxDepth = Read(setting, "FLOWSERV_MAX_DEPTH") ?? ExecutionOptions.Default.MaxDepth,
        MaxComplexity = Read(setting, "FLOWSERV_MAX_COMPLEXITY") ?? DefaultMaxComplexity,
    };

    private static int? Read(Func<string, string?> setting, string name) => setting(name) switch
    {
        null or "" => null,
        var text when int.TryParse(text, out var value) && value > 0 => value,
        var text => throw new InvalidConfigurationException(name, text),
    };
}
