namespace Flowserv.Engine.Templates;

/// <summary>Everything needed to install a workflow from a source folder (C.8).</summary>
public sealed record WorkflowManifest(
    string Name,
    string? Description,
    string? Instructions,
    WorkflowTemplate Template,
    IReadOnlyList<ManifestFile> Files);
