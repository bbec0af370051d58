using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3: an input object literal gives each field at most once.</summary>
public sealed class InputObjectFieldUniqueness : ValidationRule
{
    public override string Name => nameof(InputObjectFieldUniqueness);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Input-Object-Field-Uniqueness";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not ObjectValueNode objectValue)
        {
            return;
        }

        var fields = objectValue.Fields;
        for (var i = 1; i < fields.Count; i++)
        {
            var name = fields[i].Name;
            for (var j = 0; j < i; j++)
            {
                if (fields[j].Name.Value == name.Value)
                {
                    // Each repeat is reported against the first occurrence.
                    context.ReportError($"There can be only one input field named \"{name.Value}\".", fields[j].Name, name);
                    break;
                }
            }
        }
    }
}
