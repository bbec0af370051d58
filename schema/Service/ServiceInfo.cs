using System.Reflection;
using Flowserv.Engine.Configuration;
using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Service;

/// <summary>What <c>Query.service</c> tells clients about this server (flowServ's service descriptor).</summary>
public sealed record ServiceInfo(string Name, string Version, AuthMode AuthMode, [property: GraphQLDescription("Base URL of the HTTP API (downloads).")] string Url)
{
    public const string ServiceName = "Flowserv.GraphQL";

    public static ServiceInfo Describe(EngineOptions options, string url) => new(
        ServiceName,
        typeof(ServiceInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0",
        options.AuthMode,
        url);

    /// <summary>The absolute URL of an HTTP route of this server, e.g. <c>/runs/{id}/archive</c> (segments escaped).</summary>
    [GraphQLIgnore]
    public string Link(params string[] segments) =>
        Url.TrimEnd('/') + string.Concat(segments.Select(segment => "/" + Uri.EscapeDataString(segment)));
}
