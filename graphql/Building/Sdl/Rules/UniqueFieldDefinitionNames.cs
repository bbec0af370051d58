using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 3.6, 3.7, 3.10: field names are unique across a type's definition and extensions.</summary>
internal static class UniqueFieldDefinitionNames
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        var knownByType = new Dictionary<string, Dictionary<string, NameNode>>();
        foreach (var definition in sdl.Document.Definitions)
        {
            var (typeName, fieldNames) = definition switch
            {
                ObjectTypeDefinitionNode type => (type.Name.Value, type.Fields.Select(field => field.Name)),
                ObjectTypeExtensionNode type => (type.Name.Value, type.Fields.Select(field => field.Name)),
                InterfaceTypeDefinitionNode type => (type.Name.Value, type.Fields.Select(field => field.Name)),
                InterfaceTypeExtensionNode type => (type.Name.Value, type.Fields.Select(field => field.Name)),
                InputObjectTypeDefinitionNode type => (type.Name.Value, type.Fields.Select(field => field.Name)),
                InputObjectTypeExtensionNode type => (type.Name.Value, type.Fields.Select(field => field.Name)),
                _ => (string.Empty, []),
            };
            foreach (var fieldName in fieldNames)
            {
                var known = SdlNames.Scope(knownByType, typeName);
                if (!known.TryAdd(fieldName.Value, fieldName))
                {
                    problems.Add(new($"Field \"{typeName}.{fieldName.Value}\" can only be defined once.", [known[fieldName.Value], fieldName])
                    {
                        ReportedAt = definition,
                    });
                }
            }
        }
    }
}
