using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Building;

/// <summary>The definitions of an SDL document, sorted by kind and indexed by name.</summary>
internal sealed class SdlDocument
{
    public SdlDocument(DocumentNode document)
    {
        Document = document;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    SchemaDefinitions.Add(schema);
                    break;
                case SchemaExtensionNode extension:
                    SchemaExtensions.Add(extension);
                    break;
                case TypeDefinitionNode type:
                    TypeDefinitions.Add(type);

                    // Later definitions win, as in graphql-js (duplicates are reported separately).
                    TypesByName[type.Name.Value] = type;
                    break;
                case TypeExtensionNode extension:
                    if (!ExtensionsByName.TryGetValue(extension.Name.Value, out var extensions))
                    {
                        ExtensionsByName.Add(extension.Name.Value, extensions = []);
                    }

                    extensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    DirectiveDefinitions.Add(directive);
                    break;
                case ExecutableDefinitionNode executable:
                    ExecutableDefinitions.Add(executable);
                    break;
            }
        }
    }

    public DocumentNode Document { get; }

    public List<SchemaDefinitionNode> SchemaDefinitions { get; } = [];

    public SchemaDefinitionNode? SchemaDefinition => SchemaDefinitions.Count > 0 ? SchemaDefinitions[^1] : null;

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    /// <summary>Type definitions in document order.</summary>
    public List<TypeDefinitionNode> TypeDefinitions { get; } = [];

    public Dictionary<string, TypeDefinitionNode> TypesByName { get; } = [];

    public Dictionary<string, List<TypeExtensionNode>> ExtensionsByName { get; } = [];

    public List<DirectiveDefinitionNode> DirectiveDefinitions { get; } = [];

    public List<ExecutableDefinitionNode> ExecutableDefinitions { get; } = [];

    public IReadOnlyList<TypeExtensionNode> ExtensionsOf(string typeName) =>
        ExtensionsByName.TryGetValue(typeName, out var extensions) ? extensions : [];
}
