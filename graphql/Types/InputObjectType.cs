namespace Flowserv.GraphQL.Types;

/// <summary>An input object type (spec 3.10), optionally a OneOf input object (exactly one field set).</summary>
public sealed class InputObjectType : NamedType
{
    private readonly Lazy<OrderedDictionary<string, InputValueDefinition>> fields;

    public InputObjectType(string name, Func<IEnumerable<InputValueDefinition>> fields, string? description = null)
        : base(name, description)
    {
        this.fields = new Lazy<OrderedDictionary<string, InputValueDefinition>>(() =>
        {
            var byName = new OrderedDictionary<string, InputValueDefinition>();
            foreach (var field in fields())
            {
                if (!byName.TryAdd(field.Name, field))
                {
                    throw new SchemaException($"Input field {name}.{field.Name} can only be defined once.");
                }
            }

            return byName;
        });
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyDictionary<string, InputValueDefinition> Fields => fields.Value;

    public bool IsOneOf { get; init; }

    /// <summary>
    /// Turns a coerced field map into the value resolvers receive (e.g. a C# record); when null,
    /// resolvers receive the map itself.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? CreateValue { get; init; }

    public InputValueDefinition? GetField(string name) => fields.Value.GetValueOrDefault(name);
}
