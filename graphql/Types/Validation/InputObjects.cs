namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Spec 3.10 Input Objects, "Type Validation": one or more validly named fields of input types,
/// required fields not deprecated, OneOf fields nullable without defaults, and no cycle of non-null
/// fields through which a value could never be completed.
/// </summary>
internal sealed class InputObjects
{
    private readonly HashSet<string> visited = [];
    private readonly List<InputValueDefinition> path = [];
    private readonly Dictionary<string, int> pathIndexByTypeName = [];

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

    /// <summary>
    /// Reports each cycle of non-null input object fields once. Depth-first over all input objects,
    /// remembering where each type entered the current path, like graphql-js.
    /// </summary>
    public void CheckCircularReferences(InputObjectType input, List<SchemaProblem> problems)
    {
        if (!visited.Add(input.Name))
        {
            return;
        }

        pathIndexByTypeName[input.Name] = path.Count;
        foreach (var field in input.Fields.Values)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
            {
                continue;
            }

            path.Add(field);
            if (pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleStart))
            {
                var cycle = path.GetRange(cycleStart, path.Count - cycleStart);
                problems.Add(new(
                    $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cycle.Select(member => member.Name))}\".",
                    cycle.Select(member => member.AstNode).ToArray()));
            }
            else
            {
                CheckCircularReferences(fieldType, problems);
            }

            path.RemoveAt(path.Count - 1);
        }

        pathIndexByTypeName.Remove(input.Name);
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
