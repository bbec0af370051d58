namespace Flowserv.Engine.Templates;

/// <summary>One file to install: <see cref="SourcePath"/> (full path in the source folder) is copied
/// to <see cref="TargetPath"/> (normalized relative path in the workflow's static folder).</summary>
public sealed record ManifestFile(string SourcePath, string TargetPath);
