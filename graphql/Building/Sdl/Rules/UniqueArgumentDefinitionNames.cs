using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 3.6.1 Field Arguments and 3.13 Directives: argument names are unique per field or directive.</summary>
internal static class UniqueArgumentDefinitionNames
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        foreach (var definition in sdl.Document.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode directive:
                    CheckArguments(directive, "@" + directive.Name.Value, directive.Arguments, problems);
                    break;
                case ObjectTypeDefinitionNode type:
                    CheckFields(type, type.Name.Value, type.Fields, problems);
                    break;
                case ObjectTypeExtensionNode type:
                    CheckFields(type, type.Name.Value, type.Fields, problems);
                    break;
                case InterfaceTypeDefinitionNode type:
                    CheckFields(type, type.Name.Value, type.Fields, problems);
                    break;
                case InterfaceTypeExtensionNode type:
                    CheckFields(type, type.Name.Value, type.Fields, problems);
                    break;
            }
        }
    }

    private static void CheckFields(DefinitionNode type, string typeName, IReadOnlyList<FieldDefinitionNode> fields, List<SchemaProblem> problems)
    {
        foreach (var field in fields)
        {
            CheckArguments(type, $"{typeName}.{field.Name.Value}", field.Arguments, problems);
        }
    }

    private static void CheckArguments(DefinitionNode definition, string parentName, IReadOnlyList<InputValueDefinitionNode> arguments, List<SchemaProblem> problems)
    {
        foreach (var (name, nodes) in SdlNames.Duplicates(arguments.Select(argument => argument.Name)))
        {
            problems.Add(new($"Argument \"{parentName}({name}:)\" can only be defined once.", nodes) { ReportedAt = definition });
        }
    }
}
