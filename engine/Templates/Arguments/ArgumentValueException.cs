using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Templates;

/// <summary>A run argument is missing, unknown or cannot be cast to its parameter's type.</summary>
public sealed class ArgumentValueException(string parameterName, string message)
    : FlowservException(ErrorCodes.InvalidArgument, message)
{
    /// <summary>The parameter (or record field) the argument was given for.</summary>
    public string ParameterName { get; } = parameterName;

    public static ArgumentValueException Missing(string name) => new(name, $"missing argument '{name}'");

    public static ArgumentValueException Unknown(string name) => new(name, $"unknown parameter '{name}'");
}
