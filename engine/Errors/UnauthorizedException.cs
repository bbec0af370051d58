namespace Flowserv.Engine.Errors;

/// <summary>The caller is known but may not perform the operation.</summary>
public sealed class UnauthorizedException(string message = "not authorized")
    : FlowservException(ErrorCodes.Unauthorized, message);
