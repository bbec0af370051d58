namespace Flowserv.Engine.Errors;

/// <summary>The operation needs a signed-in caller and the token is missing, unknown or expired.</summary>
public sealed class UnauthenticatedException()
    : FlowservException(ErrorCodes.Unauthenticated, "not logged in");
