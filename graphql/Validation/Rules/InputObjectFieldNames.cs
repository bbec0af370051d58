using Flowserv.GraphQL.Utilities;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.2: every field of an input object literal must be defined by the input object type.</summary>
public sealed class InputObjectFieldNames : ValidationRule
{
    private readonly LiteralShapeGuard guard = new();

    public override string Name => nameof(InputObjectFieldNames);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Input-Object-Field-Names";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (guard.Enter(node, context.TypeInfo) != LiteralShape.Checked
            || node is not ObjectFieldNode field
            || context.TypeInfo.InputType is not null
            || context.TypeInfo.ParentInputType?.NamedType() is not InputObjectType parentType)
        {
            return;
        }

        var name = field.Name.Value;
        context.ReportError(
            $"Field \"{name}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(Suggestions.List(name, parentType.Fields.Keys)),
            field);
    }

    public override void Leave(SyntaxNode node, ValidationContext context) => guard.Leave(node);
}
