using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1: every non-null argument without a default is given to its field or directive.</summary>
public sealed class RequiredArguments : ValidationRule
{
    private DirectiveCatalog? directives;

    public override string Name => nameof(RequiredArguments);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Required-Arguments";

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case FieldNode field when context.TypeInfo.FieldDefinition is { } fieldDefinition:
                for (var i = 0; i < fieldDefinition.Arguments.Count; i++)
                {
                    var argument = fieldDefinition.Arguments[i];
                    if (argument.IsRequired() && !IsGiven(field.Arguments, argument.Name))
                    {
                        context.ReportError(
                            $"Field \"{fieldDefinition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            field);
                    }
                }

                break;
            case DirectiveNode directive:
                directives ??= DirectiveCatalog.For(context);
                if (directives.Find(directive.Name.Value) is not { } known)
                {
                    break;
                }

                for (var i = 0; i < known.RequiredArguments.Count; i++)
                {
                    var argument = known.RequiredArguments[i];
                    if (!IsGiven(directive.Arguments, argument.Name))
                    {
                        context.ReportError(
                            $"Directive \"@{directive.Name.Value}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            directive);
                    }
                }

                break;
        }
    }

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
