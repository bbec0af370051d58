namespace Flowserv.GraphQL.Types;

/// <summary>An object type (spec 3.6).</summary>
public sealed class ObjectType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null)
    : ComplexType(name, fields, interfaces, description)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Decides whether a runtime value is of this type when an abstract type must be resolved.</summary>
    public Func<object, bool>? IsTypeOf { get; init; }

    /// <summary>The CLR type whose instances are of this GraphQL type (used when <see cref="IsTypeOf"/> is not set).</summary>
    public Type? RuntimeType { get; init; }
}
