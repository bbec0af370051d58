namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Spec 3.10 Input Objects, "Type Validation": an input object must not reach itself through non-null
/// fields only, since no finite value could then be given.
/// </summary>
internal sealed class InputObjectCycles
{
    private readonly HashSet<string> visited = [];
    private readonly List<InputValueDefinition> path = [];
    private readonly Dictionary<string, int> pathIndexByTypeName = [];

    /// <summary>
    /// Reports each cycle of non-null input object fields once. Depth-first over all input objects,
    /// remembering where each type entered the current path, like graphql-js.
    /// </summary>
    public void Check(InputObjectType input, List<SchemaProblem> problems)
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
                Check(fieldType, problems);
            }

            path.RemoveAt(path.Count - 1);
        }

        pathIndexByTypeName.Remove(input.Name);
    }
}
