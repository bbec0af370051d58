using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Templates;

/// <summary>The project manifest (flowserv.json/yaml/yml) is malformed or incomplete.</summary>
public sealed class ManifestException(string message) : FlowservException(InvalidManifest, message)
{
    public const string InvalidManifest = "INVALID_MANIFEST";
}
