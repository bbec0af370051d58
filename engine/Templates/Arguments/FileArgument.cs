namespace Flowserv.Engine.Templates;

/// <summary>
/// A raw file argument: an uploaded file and, optionally, where to put it in the run folder
/// (overriding the parameter's <c>target</c>).
/// </summary>
public sealed record FileArgument(string FileId, string? TargetPath = null);
