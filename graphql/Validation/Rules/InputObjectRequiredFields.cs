using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.4: an input object literal must give every non-null field that has no default.</summary>
public sealed class InputObjectRequiredFields : ValidationRule
{
    private readonly LiteralShapeGuard guard = new();

    public override string Name => nameof(InputObjectRequiredFields);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Input-Object-Required-Fields";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (guard.Enter(node, context.TypeInfo) != LiteralShape.Checked
            || node is not ObjectValueNode objectValue
            || context.TypeInfo.InputType?.NamedType() is not InputObjectType type)
        {
            return;
        }

        foreach (var definition in type.Fields.Values)
        {
            if (definition.IsRequired() && !Provides(objectValue, definition.Name))
            {
                context.ReportError(
                    $"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.",
                    objectValue);
            }
        }
    }

    public override void Leave(SyntaxNode node, ValidationContext context) => guard.Leave(node);

    private static bool Provides(ObjectValueNode objectValue, string fieldName)
    {
        var fields = objectValue.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name.Value == fieldName)
            {
                return true;
            }
        }

        return false;
    }
}
