namespace Flowserv.GraphQL.Types.Validation;

/// <summary>Spec 3.9 Enums, "Type Validation": one or more values, each validly named.</summary>
internal static class Enums
{
    public static void Check(EnumType enumType, List<SchemaProblem> problems)
    {
        if (enumType.Values.Count == 0)
        {
            problems.Add(new($"Enum type {enumType.Name} must define one or more values.", Objects.DefinitionNodes(enumType)));
        }

        foreach (var value in enumType.Values)
        {
            Names.CheckEnumValue(value.Name, value.AstNode?.Name, problems);
        }
    }
}
