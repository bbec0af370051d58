using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Spec 3.13 Directives, "Validation": a directive definition must not use itself, directly on its
/// arguments or indirectly through the types of its arguments or the directives used there. Applied
/// directives are only known from SDL, so this checks schemas built from SDL. graphql-js 16 leaves this
/// rule out; it is checked here because the spec requires it.
/// </summary>
internal sealed class DirectiveSelfReferences(GraphQLSchema schema, DirectiveDefinition directive)
{
    private readonly HashSet<string> visitedTypes = [];
    private readonly HashSet<string> visitedDirectives = [];

    public static void Check(GraphQLSchema schema, DirectiveDefinition directive, List<SchemaProblem> problems)
    {
        if (new DirectiveSelfReferences(schema, directive).ReachesItselfFrom(directive))
        {
            problems.Add(new(
                $"Directive @{directive.Name} cannot reference itself, directly or through the types and directives of its arguments.",
                directive.AstNode));
        }
    }

    private bool ReachesItselfFrom(DirectiveDefinition definition)
    {
        foreach (var argument in definition.Arguments)
        {
            if (ReachesItselfFrom(argument))
            {
                return true;
            }
        }

        return false;
    }

    private bool ReachesItselfFrom(InputValueDefinition input) =>
        ReachesItselfFrom(input.AstNode?.Directives ?? []) || ReachesItselfFrom(input.Type.NamedType());

    private bool ReachesItselfFrom(IReadOnlyList<DirectiveNode> applied)
    {
        foreach (var use in applied)
        {
            var name = use.Name.Value;
            if (name == directive.Name)
            {
                return true;
            }

            if (visitedDirectives.Add(name) && schema.GetDirective(name) is { } used && ReachesItselfFrom(used))
            {
                return true;
            }
        }

        return false;
    }

    private bool ReachesItselfFrom(NamedType type)
    {
        if (!visitedTypes.Add(type.Name))
        {
            return false;
        }

        if (ReachesItselfFrom(type.AstNode?.Directives ?? []) || type.ExtensionAstNodes.Any(extension => ReachesItselfFrom(extension.Directives)))
        {
            return true;
        }

        return type switch
        {
            EnumType enumType => enumType.Values.Any(value => ReachesItselfFrom(value.AstNode?.Directives ?? [])),
            InputObjectType input => input.Fields.Values.Any(ReachesItselfFrom),
            _ => false,
        };
    }
}
