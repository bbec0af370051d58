namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Spec 3.10 Input Objects, "Type Validation": one or more validly named fields of input types,
/// required fields not deprecated, and OneOf fields nullable without defaults. Cycles of non-null
/// fields are found by <see cref="InputObjectCycles"/>.
/// </summary>
internal static class InputObjects
{
    public static void CheckFields(InputObjectType input, List<SchemaProblem> problems)
    {
        if (input.Fields.Count == 0)
        {
            problems.Add(new($"Input Object type {input.Name} must define one or more fields.", Objects.DefinitionNodes(input)));
        }

        foreach (var field in input.Fields.Values)
        {
            Names.Check(field.Name, field.AstNode?.Name, problems);
            if (!field.Type.IsInputType())
            {
                problems.Add(new($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type));
            }

            Deprecation.CheckRequiredInputField($"{input.Name}.{field.Name}", field, problems);
            if (input.IsOneOf)
            {
                CheckOneOfField(input, field, problems);
            }
        }
    }

    private static void CheckOneOfField(InputObjectType input, InputValueDefinition field, List<SchemaProblem> problems)
    {
        if (field.Type is NonNullType)
        {
            problems.Add(new($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type));
        }

        if (field.DefaultValue is not null)
        {
            problems.Add(new($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode));
        }
    }
}
