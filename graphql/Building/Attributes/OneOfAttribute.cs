namespace Flowserv.GraphQL.Building;

/// <summary>Makes an input object <c>@oneOf</c>: exactly one of its (nullable) fields must be given.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class OneOfAttribute : Attribute;
