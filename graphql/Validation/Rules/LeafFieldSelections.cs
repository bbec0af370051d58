using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3: leaf fields have no selection set; fields of composite type have a non-empty one.</summary>
public sealed class LeafFieldSelections : ValidationRule
{
    public override string Name => nameof(LeafFieldSelections);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Leaf-Field-Selections";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not FieldNode field || context.TypeInfo.Type is not { } type)
        {
            return;
        }

        var fieldName = field.Name.Value;
        if (type.NamedType().IsLeafType())
        {
            if (field.SelectionSet is { } selectionSet)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            context.ReportError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", field);
        }
    }
}
