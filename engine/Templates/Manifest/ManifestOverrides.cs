namespace Flowserv.Engine.Templates;

/// <summary>
/// Values given at install time that override the manifest: name and description as text,
/// the others as paths relative to the source folder.
/// </summary>
public sealed record ManifestOverrides(
    string? Name = null,
    string? Description = null,
    string? Instructions = null,
    string? SpecFile = null,
    string? ManifestFile = null);
