using Flowserv.GraphQL.Utilities;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Validation;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Coerces a runtime input value in plain form (a variable's value) to an input type (spec 3.10
/// "Input Coercion", graphql-js coerceInputValue), reporting every failure rather than stopping at the first.
/// </summary>
internal static class InputValueCoercion
{
    public static object? Coerce(object? input, GraphQLType type, InputPath? path, List<InputCoercionError> errors)
    {
        if (type is NonNullType nonNull)
        {
            if (input is not null)
            {
                return Coerce(input, nonNull.OfType, path, errors);
            }

            errors.Add(new(path, input, $"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (input is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceList(input, list.OfType, path, errors);
            case InputObjectType inputObject:
                return CoerceInputObject(input, inputObject, path, errors);
            case ScalarType scalar:
                return CoerceLeaf(input, scalar, path, errors, static (leaf, value) => ((ScalarType)leaf).ParseValue(value));
            case EnumType enumType:
                return CoerceLeaf(input, enumType, path, errors, static (leaf, value) => ((EnumType)leaf).ParseValue(value));
            default:
                throw new InvalidOperationException($"Unexpected input type: {type}.");
        }
    }

    private static object? CoerceList(object input, GraphQLType itemType, InputPath? path, List<InputCoercionError> errors)
    {
        if (input is not IReadOnlyList<object?> items)
        {
            // A single value is accepted where a list is expected (spec 3.12 "Input Coercion").
            return new[] { Coerce(input, itemType, path, errors) };
        }

        var coerced = new object?[items.Count];
        for (var i = 0; i < coerced.Length; i++)
        {
            coerced[i] = Coerce(items[i], itemType, InputPath.Append(path, i), errors);
        }

        return coerced;
    }

    private static object? CoerceInputObject(object input, InputObjectType type, InputPath? path, List<InputCoercionError> errors)
    {
        if (input is not IReadOnlyDictionary<string, object?> fields)
        {
            errors.Add(new(path, input, $"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var errorCountBefore = errors.Count;
        var coerced = new OrderedDictionary<string, object?>();
        foreach (var field in type.Fields.Values)
        {
            if (fields.TryGetValue(field.Name, out var fieldValue))
            {
                coerced[field.Name] = Coerce(fieldValue, field.Type, InputPath.Append(path, field.Name), errors);
            }
            else if (field.DefaultValue is not null)
            {
                coerced[field.Name] = ValueFromLiteral.Coerce(field.DefaultValue, field.Type, null);
            }
            else if (field.Type is NonNullType)
            {
                errors.Add(new(path, input, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
            }
        }

        foreach (var name in fields.Keys)
        {
            if (type.GetField(name) is null)
            {
                var suggestions = Suggestions.List(name, type.Fields.Keys);
                errors.Add(new(path, input, $"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(fields, type, path, errors);
        }

        // A failed value is discarded, so CreateValue never sees a partial map.
        return errors.Count == errorCountBefore ? InputObjectValues.Create(type, coerced) : null;
    }

    private static void CheckOneOf(IReadOnlyDictionary<string, object?> fields, InputObjectType type, InputPath? path, List<InputCoercionError> errors)
    {
        if (fields.Count != 1)
        {
            errors.Add(new(path, fields, $"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            return;
        }

        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                errors.Add(new(InputPath.Append(path, name), null, $"Field \"{name}\" must be non-null."));
            }
        }
    }

    private static object? CoerceLeaf(object input, NamedType type, InputPath? path, List<InputCoercionError> errors, Func<NamedType, object?, object?> parse)
    {
        try
        {
            return parse(type, input);
        }
        catch (CoercionException exception)
        {
            errors.Add(new(path, input, exception.Message));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            errors.Add(new(path, input, $"Expected type \"{type.Name}\". {exception.Message}"));
        }

        return null;
    }
}
