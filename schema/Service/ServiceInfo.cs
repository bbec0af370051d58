using System.Reflection;
using Flowserv.Engine.Configuration;

namespace Flowserv.Schema.Service;

/// <summary>What <c>Query.service</c> tells clients about this server (flowServ's service descriptor).</summary>
public sealed record ServiceInfo(string Name, string Version, string AuthMode, string Url)
{
    public const string ServiceName = "Flowserv.GraphQL";

    public static ServiceInfo Describe(EngineOptions options, string url) => new(
        ServiceName,
        typeof(ServiceInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0",
        options.AuthMode == Engine.Configuration.AuthMode.Open ? "OPEN" : "DEFAULT",
        url);
}
