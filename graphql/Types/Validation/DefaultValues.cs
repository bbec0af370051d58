using System.Globalization;
using System.Text.RegularExpressions;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Default values of arguments and input fields (spec 3.6.1, 3.10): they must be coercible to their
/// type, and they are shown in the canonical form graphql-js gives them (its valueFromAST followed by
/// astFromValue), e.g. <c>[Int] = 1</c> shows as <c>[1]</c> and <c>Float = 1.0</c> as <c>1</c>.
/// </summary>
internal static partial class DefaultValues
{
    public static void Check(GraphQLSchema schema, List<SchemaProblem> problems)
    {
        foreach (var directive in schema.Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                CheckOne($"Argument @{directive.Name}({argument.Name}:)", argument, problems);
            }
        }

        foreach (var type in schema.Types.Values)
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields.Values)
                    {
                        foreach (var argument in field.Arguments)
                        {
                            CheckOne($"Argument {type.Name}.{field.Name}({argument.Name}:)", argument, problems);
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields.Values)
                    {
                        CheckOne($"Input field {type.Name}.{field.Name}", field, problems);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The default as graphql-js prints it; null when graphql-js prints none (a null default of a non-null
    /// type). A default that can't be coerced or converted back is shown as written.
    /// </summary>
    public static ValueNode? Canonical(InputValueDefinition input)
    {
        if (input.DefaultValue is not { } literal)
        {
            return null;
        }

        return Coerce(literal, input.Type, [], out var value) is null && TryToLiteral(value, input.Type, out var canonical)
            ? canonical
            : literal;
    }

    private static void CheckOne(string coordinate, InputValueDefinition input, List<SchemaProblem> problems)
    {
        // Only types that are input types can be checked; wrong types are reported by the type rules.
        if (input.DefaultValue is { } literal && input.Type.IsInputType() && Coerce(literal, input.Type, [], out _) is { } reason)
        {
            problems.Add(new($"{coordinate} has invalid default value: {reason}", literal));
        }
    }

    /// <summary>Coerces a constant literal; returns why it can't be coerced, or null on success.</summary>
    private static string? Coerce(ValueNode literal, GraphQLType type, HashSet<InputValueDefinition> expanding, out object? value)
    {
        value = null;
        if (literal is NullValueNode)
        {
            return type is NonNullType ? $"Expected value of type \"{type}\", found null." : null;
        }

        switch (type.Nullable())
        {
            case ListType list when literal is ListValueNode items:
                var coercedItems = new List<object?>(items.Values.Count);
                foreach (var item in items.Values)
                {
                    if (Coerce(item, list.OfType, expanding, out var coercedItem) is { } itemReason)
                    {
                        return itemReason;
                    }

                    coercedItems.Add(coercedItem);
                }

                value = coercedItems;
                return null;
            case ListType list:
                // A single value where a list is expected is a list of one (spec 3.11 Input Coercion).
                var reason = Coerce(literal, list.OfType, expanding, out var single);
                value = new List<object?> { single };
                return reason;
            case InputObjectType input:
                return CoerceInputObject(literal, input, expanding, out value);
            case EnumType enumType:
                return Leaf(() => enumType.ParseLiteral(literal), out value);
            case ScalarType scalar:
                return Leaf(() => scalar.ParseLiteral(literal, null), out value);
            default:
                return $"Expected value of input type, found type \"{type}\".";
        }
    }

    private static string? CoerceInputObject(ValueNode literal, InputObjectType input, HashSet<InputValueDefinition> expanding, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode obj)
        {
            return $"Expected value of type \"{input.Name}\", found {AstPrinter.Print(literal)}.";
        }

        foreach (var given in obj.Fields)
        {
            if (input.GetField(given.Name.Value) is null)
            {
                return $"Field \"{given.Name.Value}\" is not defined by type \"{input.Name}\".";
            }
        }

        var coerced = new OrderedDictionary<string, object?>();
        foreach (var field in input.Fields.Values)
        {
            var given = obj.Fields.FirstOrDefault(candidate => candidate.Name.Value == field.Name);
            if (given is not null)
            {
                if (Coerce(given.Value, field.Type, expanding, out var fieldValue) is { } reason)
                {
                    return reason;
                }

                coerced.Add(field.Name, fieldValue);
            }
            else if (TryExpandDefault(field, expanding, out var defaultValue))
            {
                coerced.Add(field.Name, defaultValue);
            }
            else if (field.Type is NonNullType)
            {
                return $"Field \"{input.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.";
            }
        }

        if (input.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                return $"OneOf Input Object \"{input.Name}\" must specify exactly one key.";
            }

            if (coerced.GetAt(0).Value is null)
            {
                return $"Field \"{input.Name}.{coerced.GetAt(0).Key}\" must be non-null.";
            }
        }

        value = coerced;
        return null;
    }

    /// <summary>
    /// graphql-js fills in a missing field's own default. A default that is itself invalid (reported on its
    /// own) counts as absent, as graphql-js drops it; so does one that contains itself, which would never end.
    /// </summary>
    private static bool TryExpandDefault(InputValueDefinition field, HashSet<InputValueDefinition> expanding, out object? value)
    {
        value = null;
        if (field.DefaultValue is not { } literal || !expanding.Add(field))
        {
            return false;
        }

        var reason = Coerce(literal, field.Type, expanding, out value);
        expanding.Remove(field);
        return reason is null;
    }

    private static string? Leaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return null;
        }
        catch (CoercionException exception)
        {
            value = null;
            return exception.Message;
        }
    }

    /// <summary>graphql-js astFromValue; false when the value has no literal form (graphql-js would throw).</summary>
    private static bool TryToLiteral(object? value, GraphQLType type, out ValueNode? literal)
    {
        literal = null;
        if (type is NonNullType nonNull)
        {
            if (!TryToLiteral(value, nonNull.OfType, out var inner))
            {
                return false;
            }

            literal = inner is NullValueNode ? null : inner;
            return true;
        }

        if (value is null)
        {
            literal = new NullValueNode();
            return true;
        }

        switch (type)
        {
            case ListType list when value is IReadOnlyList<object?> items:
                var itemLiterals = new List<ValueNode>(items.Count);
                foreach (var item in items)
                {
                    if (!TryToLiteral(item, list.OfType, out var itemLiteral))
                    {
                        return false;
                    }

                    if (itemLiteral is not null)
                    {
                        itemLiterals.Add(itemLiteral);
                    }
                }

                literal = new ListValueNode(itemLiterals);
                return true;
            case ListType list:
                return TryToLiteral(value, list.OfType, out literal);
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> fields:
                var fieldLiterals = new List<ObjectFieldNode>();
                foreach (var field in input.Fields.Values)
                {
                    if (!fields.TryGetValue(field.Name, out var fieldValue))
                    {
                        continue;
                    }

                    if (!TryToLiteral(fieldValue, field.Type, out var fieldLiteral))
                    {
                        return false;
                    }

                    if (fieldLiteral is not null)
                    {
                        fieldLiterals.Add(new ObjectFieldNode(new NameNode(field.Name), fieldLiteral));
                    }
                }

                literal = new ObjectValueNode(fieldLiterals);
                return true;
            case InputObjectType:
                return true;
            case EnumType enumType:
                literal = new EnumValueNode(enumType.Serialize(value));
                return true;
            case ScalarType scalar:
                return TryLeafLiteral(scalar, value, out literal);
            default:
                return false;
        }
    }

    private static bool TryLeafLiteral(ScalarType scalar, object value, out ValueNode? literal)
    {
        literal = null;
        object? serialized;
        try
        {
            serialized = scalar.Serialize(value);
        }
        catch (CoercionException)
        {
            return false;
        }

        switch (serialized)
        {
            case null:
                return true;
            case bool flag:
                literal = new BooleanValueNode(flag);
                return true;
            case string text:
                literal = ReferenceEquals(scalar, BuiltInScalars.ID) && IntegerPattern().IsMatch(text) ? new IntValueNode(text) : new StringValueNode(text);
                return true;
            case int or long or short or sbyte or byte or uint or ulong or ushort or float or double or decimal:
                var number = Convert.ToDouble(serialized, CultureInfo.InvariantCulture);
                if (!double.IsFinite(number))
                {
                    return false;
                }

                var printed = JavaScriptNumber.Format(number);
                literal = IntegerPattern().IsMatch(printed) ? new IntValueNode(printed) : new FloatValueNode(printed);
                return true;
            default:
                return false;
        }
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
