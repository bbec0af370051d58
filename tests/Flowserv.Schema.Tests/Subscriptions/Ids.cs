using Flowserv.GraphQL.Relay;

namespace Flowserv.Schema.Tests.Subscriptions;

/// <summary>Relay ids and subscription variables as a client sends them.</summary>
internal static class Ids
{
    public static string Run(string id) => GlobalId.Serialize("Run", id);

    public static Dictionary<string, object?> Variables(params (string Name, object? Value)[] variables) =>
        variables.ToDictionary(variable => variable.Name, variable => variable.Value);
}
