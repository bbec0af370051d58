using Flowserv.GraphQL.Utilities;
using Flowserv.GraphQL.Introspection;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2: every named type in the document exists. Like graphql-js this covers all type references
/// (fragment conditions and variable types too); type definitions in the document count as existing.
/// </summary>
public sealed class FragmentSpreadTypeExistence : ValidationRule
{
    private HashSet<string>? documentTypeNames;
    private DefinitionNode? currentDefinition;

    public override string Name => nameof(FragmentSpreadTypeExistence);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Fragment-Spread-Type-Existence";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case DocumentNode document:
                foreach (var definition in document.Definitions)
                {
                    if (definition is TypeDefinitionNode type)
                    {
                        (documentTypeNames ??= []).Add(type.Name.Value);
                    }
                }

                break;
            case DefinitionNode definition:
                currentDefinition = definition;
                break;
            case NamedTypeNode namedType:
                CheckTypeName(namedType, context);
                break;
        }
    }

    private void CheckTypeName(NamedTypeNode namedType, ValidationContext context)
    {
        var typeName = namedType.Name.Value;
        if (context.Schema.GetType(typeName) is not null || documentTypeNames?.Contains(typeName) == true)
        {
            return;
        }

        // SDL may refer to the standard scalars and introspection types even when the schema lacks them.
        var inTypeSystemDefinition = currentDefinition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (inTypeSystemDefinition && IsStandardTypeName(typeName))
        {
            return;
        }

        var candidates = new List<string>(context.Schema.Types.Keys);
        if (documentTypeNames is not null)
        {
            candidates.AddRange(documentTypeNames);
        }

        if (inTypeSystemDefinition)
        {
            candidates.AddRange(StandardTypeNames());
        }

        var suggestions = Suggestions.List(typeName, candidates);
        context.ReportError($"Unknown type \"{typeName}\".{Suggestions.DidYouMean(suggestions)}", namedType);
    }

    private static bool IsStandardTypeName(string name) => StandardTypeNames().Contains(name);

    private static IEnumerable<string> StandardTypeNames() =>
        BuiltInScalars.All.Select(scalar => scalar.Name).Concat(IntrospectionTypes.All.Select(type => type.Name));
}
