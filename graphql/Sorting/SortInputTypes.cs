using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Sorting;

/// <summary>The input types of <c>order</c> arguments, one per name in a schema: <c>SortEnumType</c> and <c>XSortInput</c>.</summary>
internal sealed class SortInputTypes
{
    private readonly Dictionary<string, InputObjectType> inputs = [];
    private EnumType? sortEnumType;

    public EnumType SortEnumType => sortEnumType ??= new EnumType(
        "SortEnumType",
        [
            new EnumValueDefinition { Name = "ASC", Value = SortDirection.Ascending },
            new EnumValueDefinition { Name = "DESC", Value = SortDirection.Descending },
        ]);

    public InputObjectType SortInputOf(string typeName, SortDefinition definition)
    {
        var name = typeName + "SortInput";
        if (!inputs.TryGetValue(name, out var type))
        {
            var fields = definition.Fields.Select(field => new InputValueDefinition { Name = field.Name, Type = SortEnumType }).ToArray();
            type = new InputObjectType(name, () => fields);
            inputs.Add(name, type);
        }

        return type;
    }
}
