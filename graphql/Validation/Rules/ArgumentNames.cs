using Flowserv.GraphQL.Utilities;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1: every argument given to a field or directive is defined by it.</summary>
public sealed class ArgumentNames : ValidationRule
{
    private DirectiveCatalog? directives;

    public override string Name => nameof(ArgumentNames);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Argument-Names";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case FieldNode field when field.Arguments.Count > 0:
                CheckFieldArguments(field, context);
                break;
            case DirectiveNode directive when directive.Arguments.Count > 0:
                CheckDirectiveArguments(directive, context);
                break;
        }
    }

    private static void CheckFieldArguments(FieldNode field, ValidationContext context)
    {
        // An unknown field or parent type is FieldSelections' to report.
        if (context.TypeInfo.FieldDefinition is not { } fieldDefinition || context.TypeInfo.ParentType is not { } parentType)
        {
            return;
        }

        for (var i = 0; i < field.Arguments.Count; i++)
        {
            var argument = field.Arguments[i];
            var argumentName = argument.Name.Value;
            if (fieldDefinition.GetArgument(argumentName) is null)
            {
                var suggestions = Suggestions.List(argumentName, fieldDefinition.Arguments.Select(definition => definition.Name));
                context.ReportError(
                    $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{fieldDefinition.Name}\".{Suggestions.DidYouMean(suggestions)}",
                    argument);
            }
        }
    }

    private void CheckDirectiveArguments(DirectiveNode directive, ValidationContext context)
    {
        directives ??= DirectiveCatalog.For(context);

        // An unknown directive is DirectivesAreDefined's to report.
        if (directives.Find(directive.Name.Value) is not { } known)
        {
            return;
        }

        for (var i = 0; i < directive.Arguments.Count; i++)
        {
            var argument = directive.Arguments[i];
            var argumentName = argument.Name.Value;
            if (!known.ArgumentNames.Contains(argumentName))
            {
                var suggestions = Suggestions.List(argumentName, known.ArgumentNames);
                context.ReportError(
                    $"Unknown argument \"{argumentName}\" on directive \"@{directive.Name.Value}\".{Suggestions.DidYouMean(suggestions)}",
                    argument);
            }
        }
    }
}
