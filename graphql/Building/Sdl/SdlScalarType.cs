using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Building;

/// <summary>
/// A custom scalar defined in SDL. Coercion is delegated to the bound implementation; without one,
/// values pass through unchanged and literals become plain values (graphql-js buildSchema semantics).
/// </summary>
internal sealed class SdlScalarType(string name, string? description, ScalarType? implementation) : ScalarType(name, description)
{
    public override object? Serialize(object value) => implementation is null ? value : implementation.Serialize(value);

    public override object? ParseValue(object? value) => implementation is null ? value : implementation.ParseValue(value);

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        implementation is null ? base.ParseLiteral(literal, variables) : implementation.ParseLiteral(literal, variables);

    public override ValueNode ValueToLiteral(object value) =>
        implementation is null ? base.ValueToLiteral(value) : implementation.ValueToLiteral(value);
}
