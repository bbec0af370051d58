using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types;

/// <summary>An enum type (spec 3.9). Names travel on the wire; resolvers see each value's runtime value.</summary>
public sealed class EnumType : NamedType
{
    private readonly OrderedDictionary<string, EnumValueDefinition> valuesByName = new();
    private readonly Dictionary<object, EnumValueDefinition> valuesByRuntimeValue = [];

    public EnumType(string name, IEnumerable<EnumValueDefinition> values, string? description = null)
        : base(name, description)
    {
        foreach (var value in values)
        {
            if (!valuesByName.TryAdd(value.Name, value))
            {
                throw new SchemaException($"Enum value {name}.{value.Name} can only be defined once.");
            }

            valuesByRuntimeValue.TryAdd(value.RuntimeValue, value);
        }
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => valuesByName.Values;

    public EnumValueDefinition? GetValue(string name) => valuesByName.GetValueOrDefault(name);

    /// <summary>Result coercion: the name of the value whose runtime value equals <paramref name="value"/>.</summary>
    public string Serialize(object value)
    {
        if (valuesByRuntimeValue.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        if (value is string name && valuesByName.ContainsKey(name))
        {
            return name;
        }

        throw new CoercionException($"Enum \"{Name}\" cannot represent value: {ValueDisplay.Format(value)}");
    }

    /// <summary>Input coercion from a variable (a JSON string).</summary>
    public object ParseValue(object? input)
    {
        if (input is string name && valuesByName.TryGetValue(name, out var definition))
        {
            return definition.RuntimeValue;
        }

        throw new CoercionException(input is string text
            ? $"Value \"{text}\" does not exist in \"{Name}\" enum.{SuggestValues(text)}"
            : $"Enum \"{Name}\" cannot represent non-string value: {ValueDisplay.Format(input)}.");
    }

    /// <summary>Input coercion from a literal: only enum literals naming one of the values.</summary>
    public object ParseLiteral(ValueNode literal)
    {
        if (literal is EnumValueNode enumLiteral && valuesByName.TryGetValue(enumLiteral.Value, out var definition))
        {
            return definition.RuntimeValue;
        }

        throw new CoercionException(literal is EnumValueNode unknown
            ? $"Value \"{unknown.Value}\" does not exist in \"{Name}\" enum.{SuggestValues(unknown.Value)}"
            : $"Enum \"{Name}\" cannot represent non-enum value.");
    }

    private string SuggestValues(string unknown) =>
        GraphQL.Utilities.Suggestions.DidYouMean(GraphQL.Utilities.Suggestions.List(unknown, valuesByName.Keys), "the enum value");
}
