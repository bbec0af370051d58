namespace Flowserv.GraphQL.Types;

/// <summary>A value that cannot be coerced to or from a leaf type; the message is safe to show to clients.</summary>
public sealed class CoercionException(string message) : Exception(message);
