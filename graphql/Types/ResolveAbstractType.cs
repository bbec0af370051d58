namespace Flowserv.GraphQL.Types;

/// <summary>Returns the name of the object type of <paramref name="value"/>, or null to fall back to the default resolution.</summary>
public delegate string? ResolveAbstractType(object value, Execution.IResolverContext context);
