using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2: variables have input types: scalars, enums, input objects, or lists/non-nulls of them.</summary>
public sealed class VariablesAreInputTypes : ValidationRule
{
    public override string Name => nameof(VariablesAreInputTypes);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Variables-Are-Input-Types";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        // An unknown type is FragmentSpreadTypeExistence's to report.
        if (node is VariableDefinitionNode definition &&
            context.Schema.GetType(definition.Type.NamedType.Name.Value) is { } type &&
            !type.IsInputType())
        {
            context.ReportError(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{AstPrinter.Print(definition.Type)}\".",
                definition.Type);
        }
    }
}
