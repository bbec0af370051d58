using Flowserv.GraphQL.Utilities;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>An extension extends a type defined in the document, of the same kind.</summary>
internal static class PossibleTypeExtensions
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        foreach (var definition in sdl.Document.Definitions)
        {
            if (definition is not TypeExtensionNode extension)
            {
                continue;
            }

            var typeName = extension.Name.Value;
            if (!sdl.TypesByName.TryGetValue(typeName, out var type))
            {
                var suggestions = Suggestions.List(typeName, sdl.TypesByName.Keys);
                problems.Add(new($"Cannot extend type \"{typeName}\" because it is not defined." + Suggestions.DidYouMean(suggestions), extension.Name)
                {
                    ReportedAt = extension,
                });
            }
            else if (KindOf(type) != KindOf(extension))
            {
                problems.Add(new($"Cannot extend non-{KindOf(extension)} type \"{typeName}\".", [type, extension]) { ReportedAt = extension });
            }
        }
    }

    private static string KindOf(DefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        _ => "input object",
    };
}
