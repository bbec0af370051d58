namespace Flowserv.GraphQL.Types;

/// <summary>
/// An object or interface type: named fields plus implemented interfaces. Fields and interfaces are
/// given as thunks so types can refer to each other (and to themselves) while a schema is built.
/// </summary>
public abstract class ComplexType : NamedType
{
    private readonly Lazy<OrderedDictionary<string, FieldDefinition>> fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> interfaces;

    protected ComplexType(
        string name,
        Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces,
        string? description)
        : base(name, description)
    {
        this.fields = new Lazy<OrderedDictionary<string, FieldDefinition>>(() => ToOrderedByName(name, fields()));
        this.interfaces = new Lazy<IReadOnlyList<InterfaceType>>(() => interfaces is null ? [] : interfaces().ToArray());
    }

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => fields.Value;

    public IReadOnlyList<InterfaceType> Interfaces => interfaces.Value;

    public FieldDefinition? GetField(string name) => fields.Value.GetValueOrDefault(name);

    public bool Implements(InterfaceType interfaceType) => Interfaces.Contains(interfaceType);

    private static OrderedDictionary<string, FieldDefinition> ToOrderedByName(string typeName, IEnumerable<FieldDefinition> definitions)
    {
        var byName = new OrderedDictionary<string, FieldDefinition>();
        foreach (var definition in definitions)
        {
            if (!byName.TryAdd(definition.Name, definition))
            {
                throw new SchemaException($"Field {typeName}.{definition.Name} can only be defined once.");
            }
        }

        return byName;
    }
}
