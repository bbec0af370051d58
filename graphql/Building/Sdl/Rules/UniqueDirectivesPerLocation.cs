using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>
/// Spec 5.7.3 applied to SDL: a non-repeatable directive appears once per location. A type's
/// definition and its extensions count as one location, as do the schema and its extensions.
/// </summary>
internal static class UniqueDirectivesPerLocation
{
    public static void Check(SdlDocument sdl, Dictionary<string, KnownDirective> directives, List<SchemaProblem> problems)
    {
        var schemaScope = new Dictionary<string, DirectiveNode>();
        var typeScopes = new Dictionary<string, Dictionary<string, DirectiveNode>>();
        var memberScopes = new Dictionary<SyntaxNode, Dictionary<string, DirectiveNode>>(ReferenceEqualityComparer.Instance);
        foreach (var applied in SdlWalker.Directives(sdl.Document))
        {
            var name = applied.Directive.Name.Value;
            if (!directives.TryGetValue(name, out var known) || known.IsRepeatable)
            {
                continue;
            }

            var seen = applied.Owner switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => schemaScope,
                TypeDefinitionNode type => SdlNames.Scope(typeScopes, type.Name.Value),
                TypeExtensionNode type => SdlNames.Scope(typeScopes, type.Name.Value),
                _ => SdlNames.Scope(memberScopes, applied.Owner),
            };
            if (!seen.TryAdd(name, applied.Directive))
            {
                problems.Add(new($"The directive \"@{name}\" can only be used once at this location.", [seen[name], applied.Directive])
                {
                    ReportedAt = applied.Owner,
                });
            }
        }
    }
}
