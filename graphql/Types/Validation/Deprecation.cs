using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Spec 3.13 "@deprecated": a required argument or input field (non-null, no default) can't be
/// deprecated, since clients could never stop sending it.
/// </summary>
internal static class Deprecation
{
    public static void CheckRequiredArgument(string coordinate, InputValueDefinition argument, List<SchemaProblem> problems)
    {
        if (argument.IsRequired() && argument.IsDeprecated)
        {
            problems.Add(new($"Required argument {coordinate} cannot be deprecated.", Nodes(argument)));
        }
    }

    public static void CheckRequiredInputField(string coordinate, InputValueDefinition field, List<SchemaProblem> problems)
    {
        if (field.IsRequired() && field.IsDeprecated)
        {
            problems.Add(new($"Required input field {coordinate} cannot be deprecated.", Nodes(field)));
        }
    }

    private static SyntaxNode?[] Nodes(InputValueDefinition input) =>
        [input.AstNode?.Directives.FirstOrDefault(directive => directive.Name.Value == SpecifiedDirectives.Deprecated.Name), input.AstNode?.Type];
}
