using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2: a field or directive is given each argument at most once.</summary>
public sealed class ArgumentUniqueness : ValidationRule
{
    private static readonly Func<ArgumentNode, NameNode> NameOf = argument => argument.Name;

    public override string Name => nameof(ArgumentUniqueness);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Argument-Uniqueness";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };

        if (arguments is { Count: > 1 })
        {
            DuplicateNames.Report(arguments, NameOf, context, static (context, name, nodes) =>
                context.ReportError($"There can be only one argument named \"{name}\".", nodes));
        }
    }
}
