using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types;

/// <summary>
/// A scalar type (spec 3.5) with its three coercions. Runtime input values arrive in the plain form the
/// executor builds from JSON variables: null, bool, string, long (integral numbers), double, lists as
/// <see cref="IReadOnlyList{T}"/> and objects as <see cref="IReadOnlyDictionary{TKey,TValue}"/>.
/// Coercion failures throw <see cref="CoercionException"/>.
/// </summary>
public abstract class ScalarType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification, exposed as <c>specifiedByURL</c>.</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Result coercion: a resolver's value to a JSON-serializable value.</summary>
    public abstract object? Serialize(object value);

    /// <summary>Input coercion of a variable value (already in the plain JSON form).</summary>
    public abstract object? ParseValue(object? value);

    /// <summary>
    /// Input coercion of a literal. Variables nested in the literal are looked up in
    /// <paramref name="variables"/>; the default converts the literal to its plain form and calls
    /// <see cref="ParseValue"/>.
    /// </summary>
    public virtual object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        ParseValue(LiteralValues.ToPlainValue(literal, variables));

    /// <summary>The literal for a runtime value (used to print defaults); the default prints the serialized form.</summary>
    public virtual ValueNode ValueToLiteral(object value) => LiteralValues.FromPlainValue(Serialize(value));
}
