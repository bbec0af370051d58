using System.Reflection;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Filtering;
using Flowserv.GraphQL.Paging;
using Flowserv.GraphQL.Sorting;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Fields that are more than their member: global ids, and lists with [UseFiltering], [UseSorting] and [UsePaging],
/// which get <c>where</c>, <c>order</c> and connection arguments and a resolver applying them to the member's sequence.
/// </summary>
internal sealed partial class CodeFirstSchemaFactory
{
    private readonly ConnectionTypes connectionTypes = new();
    private readonly SortInputTypes sortInputTypes = new();
    private readonly Dictionary<Type, FilterDefinition> filterDefinitions = [];
    private readonly Dictionary<Type, SortDefinition> sortDefinitions = [];
    private FilterInputTypes? filterInputTypes;

    private FilterInputTypes FilterInputTypes => filterInputTypes ??= new(LeafType);

    private bool IsExtendedField(Type source, MemberInfo member, MemberMetadata metadata, FieldRole role) =>
        (role == FieldRole.ObjectMember && IsNodeId(source, member)) || metadata.Get<IDAttribute>()?.TypeName is not null ||
        metadata.Has<UsePagingAttribute>() || metadata.Has<UseFilteringAttribute>() || metadata.Has<UseSortingAttribute>();

    private FieldDefinition? ExtendField(string typeName, FieldDefinition field, ClrType returnType, MemberMetadata metadata, string display)
    {
        if (metadata.Get<IDAttribute>()?.TypeName is { } idType)
        {
            return GlobalIdField(idType, field, field.Type);
        }

        if (!metadata.Has<UsePagingAttribute>() && !metadata.Has<UseFilteringAttribute>() && !metadata.Has<UseSortingAttribute>())
        {
            // What remains of IsExtendedField's reasons: the Id of a [Node] class.
            return GlobalIdField(typeName, field, new NonNullType(BuiltInScalars.ID));
        }

        if (returnType.ListItem is not { } item || field.Type.NamedType() is not ComplexType node)
        {
            return Problem($"{display}: [UsePaging], [UseFiltering] and [UseSorting] need a member returning IQueryable<T> or IEnumerable<T> of an object type.");
        }

        var arguments = field.Arguments.ToList();
        var type = field.Type;
        var costMultipliers = field.CostMultipliers;
        var sizedFields = field.SizedFields;
        FilterDefinition? filter = null;
        SortDefinition? sort = null;
        if (metadata.Has<UseFilteringAttribute>())
        {
            filter = FilterDefinitionOf(item.Type, node.Name);
            arguments.Add(new InputValueDefinition { Name = "where", Type = FilterInputTypes.FilterInputOf(node.Name, filter) });
        }

        if (metadata.Has<UseSortingAttribute>())
        {
            sort = SortDefinitionOf(item.Type);
            arguments.Add(new InputValueDefinition { Name = "order", Type = new ListType(new NonNullType(sortInputTypes.SortInputOf(node.Name, sort))) });
        }

        var paging = metadata.Get<UsePagingAttribute>()?.Options;
        if (paging is not null)
        {
            type = new NonNullType(connectionTypes.ConnectionOf(node));
            arguments.InsertRange(0, ConnectionTypes.Arguments(paging));
            costMultipliers = [.. costMultipliers, "first", "last"];
            sizedFields = ConnectionTypes.SizedFields;
        }

        if (arguments.GroupBy(argument => argument.Name).FirstOrDefault(group => group.Count() > 1) is { } clash)
        {
            return Problem($"{display}: the parameter \"{clash.Key}\" clashes with the argument of the same name that paging, filtering or sorting adds.");
        }

        var resolver = field.Resolver is { } source
            ? ((IListFieldPipeline)Activator.CreateInstance(typeof(ListFieldPipeline<>).MakeGenericType(item.Type), source, filter, sort, paging)!).Resolve
            : (FieldResolver?)null;
        return WithChanges(field, type, arguments, resolver, costMultipliers, sizedFields);
    }

    private FilterDefinition FilterDefinitionOf(Type clrType, string typeName)
    {
        if (!filterDefinitions.TryGetValue(clrType, out var definition))
        {
            var fields = new List<FilterField>();
            foreach (var property in ListFeatureProperties(clrType, registrations.Relay.FilterFields, "filtered"))
            {
                var metadata = MemberMetadata.Of(property);
                var idType = metadata.Get<IDAttribute>()?.TypeName ?? (IsNodeId(clrType, property) ? typeName : null);
                var isId = idType is not null || metadata.Has<IDAttribute>();
                fields.Add(new FilterField(FieldNameOf(property), property, FilterOperations.KindOf(property.PropertyType, isId)!.Value, idType));
            }

            definition = new FilterDefinition(fields);
            filterDefinitions.Add(clrType, definition);
        }

        return definition;
    }

    private SortDefinition SortDefinitionOf(Type clrType)
    {
        if (!sortDefinitions.TryGetValue(clrType, out var definition))
        {
            definition = new SortDefinition(
                ListFeatureProperties(clrType, registrations.Relay.SortFields, "sorted").Select(property => new SortField(FieldNameOf(property), property)).ToArray(),
                NodeIdProperty(clrType));
            sortDefinitions.Add(clrType, definition);
        }

        return definition;
    }

    /// <summary>The configured properties of <paramref name="clrType"/>, else its public scalar and enum properties not marked [GraphQLIgnore].</summary>
    private List<PropertyInfo> ListFeatureProperties(Type clrType, Dictionary<Type, PropertyInfo[]> configured, string verb)
    {
        if (!configured.TryGetValue(clrType, out var properties))
        {
            return clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.GetIndexParameters().Length == 0 && !property.IsDefined(typeof(GraphQLIgnoreAttribute)) && IsLeaf(property))
                .ToList();
        }

        foreach (var property in properties.Where(property => !IsLeaf(property)))
        {
            problems.Add($"{Naming.Display(property)}: only scalar and enum members of {Naming.DisplayType(clrType)} can be {verb}.");
        }

        return properties.Where(IsLeaf).ToList();
    }

    private static bool IsLeaf(PropertyInfo property) => FilterOperations.KindOf(property.PropertyType, isId: false) is not null;

    private static string FieldNameOf(PropertyInfo property) => MemberMetadata.Of(property).Name ?? Naming.FieldName(property);

    private NamedType LeafType(Type clrType) => clrType.IsEnum ? EnumTypeOf(clrType) : AddScalar(scalars.Find(clrType)!);
}
