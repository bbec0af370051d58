namespace Flowserv.Engine.Errors;

/// <summary>A FLOWSERV_* setting holds a value the engine cannot use.</summary>
public sealed class InvalidConfigurationException(string name, string value)
    : FlowservException(ErrorCodes.InvalidConfiguration, $"invalid value '{value}' for {name}");
