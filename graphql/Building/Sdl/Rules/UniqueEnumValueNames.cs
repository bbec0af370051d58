using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 3.9 Enums: value names are unique across an enum's definition and extensions.</summary>
internal static class UniqueEnumValueNames
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        var knownByType = new Dictionary<string, Dictionary<string, NameNode>>();
        foreach (var definition in sdl.Document.Definitions)
        {
            var (typeName, values) = definition switch
            {
                EnumTypeDefinitionNode enumType => (enumType.Name.Value, enumType.Values),
                EnumTypeExtensionNode extension => (extension.Name.Value, extension.Values),
                _ => (string.Empty, []),
            };
            if (values.Count == 0)
            {
                continue;
            }

            var known = SdlNames.Scope(knownByType, typeName);
            foreach (var value in values)
            {
                if (!known.TryAdd(value.Name.Value, value.Name))
                {
                    problems.Add(new($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.", [known[value.Name.Value], value.Name])
                    {
                        ReportedAt = definition,
                    });
                }
            }
        }
    }
}
