namespace Flowserv.Engine.Templates;

/// <summary>
/// flowServ's in-process Python function step (<c>func</c>, <c>arg</c>, <c>variables</c>). It is
/// parsed so templates load, but a .NET runner cannot execute it.
/// </summary>
public sealed record CodeAction(
    string Function,
    string? ResultVariable,
    IReadOnlyDictionary<string, string> Variables) : StepAction;
