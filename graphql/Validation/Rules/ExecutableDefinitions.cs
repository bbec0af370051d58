using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1: a document submitted for execution holds only operations and fragments.</summary>
public sealed class ExecutableDefinitions : ValidationRule
{
    public override string Name => nameof(ExecutableDefinitions);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Executable-Definitions";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        foreach (var definition in document.Definitions)
        {
            var subject = definition switch
            {
                ExecutableDefinitionNode => null,
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "unknown",
            };

            if (subject is not null)
            {
                context.ReportError($"The {subject} definition is not executable.", definition);
            }
        }
    }
}
