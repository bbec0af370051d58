using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Filtering;

/// <summary>
/// The input types of <c>where</c> arguments, one per name in a schema: <c>XFilterInput</c> with <c>and</c>/<c>or</c>
/// and a field per filterable member, and the operation inputs shared by members of one leaf type
/// (<c>StringOperationFilterInput</c>, <c>IdOperationFilterInput</c>, <c>DateTimeOperationFilterInput</c>, <c>EOperationFilterInput</c>, ...).
/// </summary>
/// <param name="leafType">The scalar or enum type of a CLR type (without <c>Nullable&lt;T&gt;</c>).</param>
internal sealed class FilterInputTypes(Func<Type, NamedType> leafType)
{
    private readonly Dictionary<string, InputObjectType> types = [];

    public InputObjectType FilterInputOf(string typeName, FilterDefinition definition)
    {
        var name = typeName + "FilterInput";
        if (types.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var fields = new List<InputValueDefinition>();
        var type = new InputObjectType(name, () => fields);
        types.Add(name, type);
        var self = new ListType(new NonNullType(type));
        fields.Add(new InputValueDefinition { Name = FilterOperations.And, Type = self });
        fields.Add(new InputValueDefinition { Name = FilterOperations.Or, Type = self });
        fields.AddRange(definition.Fields.Select(field => new InputValueDefinition { Name = field.Name, Type = OperationInputOf(field) }));
        return type;
    }

    private InputObjectType OperationInputOf(FilterField field)
    {
        var leaf = field.Kind == FilterKind.Id ? BuiltInScalars.ID : leafType(Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType);
        var name = (field.Kind == FilterKind.Id ? "Id" : leaf.Name) + "OperationFilterInput";
        if (types.TryGetValue(name, out var existing))
        {
            return existing;
        }

        // HotChocolate's string lists admit null items; the others do not.
        GraphQLType item = field.Kind == FilterKind.String ? leaf : new NonNullType(leaf);
        var fields = FilterOperations.Of(field.Kind)
            .Select(operation => new InputValueDefinition { Name = operation, Type = operation is "in" or "nin" ? new ListType(item) : leaf })
            .ToArray();
        var type = new InputObjectType(name, () => fields);
        types.Add(name, type);
        return type;
    }
}
