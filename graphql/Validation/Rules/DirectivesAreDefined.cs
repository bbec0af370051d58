using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1: every directive used is defined by the schema.</summary>
public sealed class DirectivesAreDefined : ValidationRule
{
    private DirectiveCatalog? directives;

    public override string Name => nameof(DirectivesAreDefined);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Directives-Are-Defined";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not DirectiveNode directive)
        {
            return;
        }

        directives ??= DirectiveCatalog.For(context);
        if (directives.Find(directive.Name.Value) is null)
        {
            context.ReportError($"Unknown directive \"@{directive.Name.Value}\".", directive);
        }
    }
}
