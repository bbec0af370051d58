using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3: a non-repeatable directive is used at most once per location. As in graphql-js, a type's
/// definition and extensions count as one location, and so do the schema definition and its extensions.
/// </summary>
public sealed class DirectivesAreUniquePerLocation : ValidationRule
{
    private readonly DirectiveTargets targets = new();
    private readonly Dictionary<string, DirectiveNode> schemaDirectives = [];
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> typeDirectives = [];
    private readonly Dictionary<string, DirectiveNode> locationDirectives = [];
    private DirectiveCatalog? directives;

    public override string Name => nameof(DirectivesAreUniquePerLocation);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Directives-Are-Unique-Per-Location";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (!targets.TryGet(node, out var applied, out _))
        {
            return;
        }

        directives ??= DirectiveCatalog.For(context);
        var seen = SeenDirectives(node);
        for (var i = 0; i < applied.Count; i++)
        {
            var directive = applied[i];
            var name = directive.Name.Value;
            if (directives.Find(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen.Add(name, directive);
            }
        }
    }

    private Dictionary<string, DirectiveNode> SeenDirectives(SyntaxNode node)
    {
        var typeName = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => null,
            TypeDefinitionNode type => type.Name.Value,
            TypeExtensionNode extension => extension.Name.Value,
            _ => string.Empty,
        };

        switch (typeName)
        {
            case null:
                return schemaDirectives;
            case "":
                locationDirectives.Clear();
                return locationDirectives;
            default:
                if (!typeDirectives.TryGetValue(typeName, out var seen))
                {
                    typeDirectives[typeName] = seen = [];
                }

                return seen;
        }
    }
}
