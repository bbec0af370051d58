namespace Flowserv.GraphQL.Types;

/// <summary>An interface type (spec 3.7), which may itself implement interfaces.</summary>
public sealed class InterfaceType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null)
    : ComplexType(name, fields, interfaces, description)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Picks the concrete object type of a value; when null, possible types are asked in turn.</summary>
    public ResolveAbstractType? ResolveType { get; init; }
}
