namespace Flowserv.Engine.Errors;

/// <summary>Root of every expected engine failure; <see cref="Code"/> is stable and machine-readable.</summary>
public abstract class FlowservException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
