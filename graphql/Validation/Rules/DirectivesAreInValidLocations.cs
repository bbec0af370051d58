using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.2: every directive is used only where its definition allows (unknown directives are reported elsewhere).</summary>
public sealed class DirectivesAreInValidLocations : ValidationRule
{
    private readonly DirectiveTargets targets = new();

    // Locations of the enclosing nodes that carry directives; a directive applies to the innermost one.
    private readonly Stack<DirectiveLocation> locations = new();
    private DirectiveCatalog? directives;

    public override string Name => nameof(DirectivesAreInValidLocations);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Directives-Are-In-Valid-Locations";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (targets.TryGet(node, out _, out var location))
        {
            locations.Push(location);
        }
        else if (node is DirectiveNode directive && locations.TryPeek(out var applied))
        {
            directives ??= DirectiveCatalog.For(context);
            if (directives.Find(directive.Name.Value) is { } known && !known.Locations.Contains(applied))
            {
                context.ReportError($"Directive \"@{directive.Name.Value}\" may not be used on {applied.ToName()}.", directive);
            }
        }
    }

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (targets.TryGet(node, out _, out _))
        {
            locations.Pop();
        }
    }
}
