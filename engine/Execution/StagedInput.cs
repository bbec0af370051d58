namespace Flowserv.Engine.Execution;

/// <summary>A file or folder copied into the run folder at <see cref="Target"/> (relative, checked) before the first step.</summary>
internal sealed record StagedInput(string Source, string Target);
