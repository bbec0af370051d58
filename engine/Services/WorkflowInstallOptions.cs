using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Services;

/// <summary>
/// Install-time choices for a new workflow. Name and description are text; instructions, specfile and
/// manifest file are paths inside the source folder and override the manifest.
/// </summary>
public sealed record WorkflowInstallOptions(
    string? Identifier = null,
    string? Name = null,
    string? Description = null,
    string? Instructions = null,
    string? SpecFile = null,
    string? ManifestFile = null,
    bool IgnorePostproc = false)
{
    internal ManifestOverrides ToOverrides() => new(Name, Description, Instructions, SpecFile, ManifestFile);
}
