using Flowserv.Engine.Configuration;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types;
using Flowserv.Schema.Service;

namespace Flowserv.Schema;

/// <summary>Builds flowServ's GraphQL schema over the engine.</summary>
public static class FlowservSchema
{
    public static GraphQLSchema Create(EngineOptions options, string serviceUrl)
    {
        var service = ServiceInfo.Describe(options, serviceUrl);
        var bindings = new SdlBindings
        {
            Resolvers = { ["Query.service"] = _ => ValueTask.FromResult<object?>(service) },
        };
        return SchemaBuilder.FromSdl(ReadSdl("Service.ServiceSchema.graphql"), bindings);
    }

    private static string ReadSdl(string resource)
    {
        using var stream = typeof(FlowservSchema).Assembly.GetManifestResourceStream($"Flowserv.Schema.{resource}")
            ?? throw new InvalidOperationException($"The schema resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
