using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Spec 6.4.3 "Value Completion": non-null checks, lists, leaves and objects. Errors are caught at each
/// field and list item (the positions that may hold null) and turn that position null, or propagate.
/// </summary>
internal sealed partial class ExecutionContext
{
    /// <summary>Completes a field's or list item's value, reporting any error at <paramref name="path"/>; never fails.</summary>
    private ValueTask<object?> CompleteValueCatching(GraphQLType type, FieldPlan field, ResponsePath path, object? result, ResolverContext? context)
    {
        ValueTask<object?> completion;
        try
        {
            completion = CompleteValue(type, field, path, result, context);
        }
        catch (Exception exception)
        {
            return new(HandleFieldError(exception, field, type, path));
        }

        if (!completion.IsCompletedSuccessfully)
        {
            return AwaitCompletionAsync(completion, type, field, path);
        }

        var value = completion.Result;
        return new(value == PropagatedNull && type is not NonNullType ? null : value);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<object?> AwaitCompletionAsync(ValueTask<object?> completion, GraphQLType type, FieldPlan field, ResponsePath path)
    {
        try
        {
            var value = await completion.ConfigureAwait(false);
            return value == PropagatedNull && type is not NonNullType ? null : value;
        }
        catch (Exception exception)
        {
            return HandleFieldError(exception, field, type, path);
        }
    }

    private ValueTask<object?> CompleteValue(GraphQLType type, FieldPlan field, ResponsePath path, object? result, ResolverContext? context)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, field, path, result, context);
            if (!inner.IsCompletedSuccessfully)
            {
                return AwaitNonNullAsync(inner, field);
            }

            // A completed ValueTask's result may be read only once (it can be backed by a pooled source).
            return inner.Result is { } value ? new(value) : throw NullInNonNullField(field);
        }

        if (result is JsonElement json)
        {
            result = PlainValues.FromJsonResult(json);
        }

        switch (result)
        {
            case null:
                return new((object?)null);
            case Exception exception:
                // graphql-js reports an Error value as the position's error.
                throw exception;
        }

        return type switch
        {
            ScalarType scalar => new(SerializeScalar(scalar, result)),
            EnumType enumType => new(enumType.Serialize(result)),
            ListType list => CompleteList(list.OfType, field, path, result, context),
            ObjectType objectType => CompleteObject(objectType, field, path, result),
            _ => CompleteObject(ResolveRuntimeType((NamedType)type, field, result, context), field, path, result),
        };
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<object?> AwaitNonNullAsync(ValueTask<object?> inner, FieldPlan field) =>
        await inner.ConfigureAwait(false) ?? throw NullInNonNullField(field);

    private static GraphQLException NullInNonNullField(FieldPlan field) =>
        new(new GraphQLError($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Definition.Name}."));

    private static object SerializeScalar(ScalarType scalar, object result)
    {
        // Values already in a built-in scalar's serialized form are returned as they are (no re-boxing).
        if (result is string ? ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.ID)
            : result is int ? ReferenceEquals(scalar, BuiltInScalars.Int)
            : result is bool && ReferenceEquals(scalar, BuiltInScalars.Boolean))
        {
            return result;
        }

        return scalar.Serialize(result) ?? throw new GraphQLException(new GraphQLError(
            $"Expected `{scalar.Name}.serialize({ValueDisplay.Format(result)})` to return non-nullable value, returned: null"));
    }

    private ValueTask<object?> CompleteObject(ObjectType objectType, FieldPlan field, ResponsePath path, object result)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLException(new GraphQLError($"Expected value of type \"{objectType.Name}\" but got: {ValueDisplay.Format(result)}."));
        }

        return ExecuteFields(field.GetSubplan(this, objectType), result, path);
    }

    private ValueTask<object?> CompleteList(GraphQLType itemType, FieldPlan field, ResponsePath path, object result, ResolverContext? context)
    {
        var items = ListItems(result) ?? throw new GraphQLException(new GraphQLError(
            $"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Definition.Name}\"."));
        var values = items is ICollection collection ? new object?[collection.Count] : null;
        var buffer = values is null ? new List<object?>() : null;
        PendingValues? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemValue = item is JsonElement json ? PlainValues.FromJsonResult(json) : item;
            var completion = CompleteValueCatching(itemType, field, path.Append(index), itemValue, context);
            object? value = null;
            if (!completion.IsCompletedSuccessfully)
            {
                (pending ??= new()).Add(index, completion);
            }
            else if ((value = completion.Result) == PropagatedNull)
            {
                return pending is null ? new(PropagatedNull) : AwaitInvalidatedAsync(pending);
            }

            if (values is not null)
            {
                values[index] = value;
            }
            else
            {
                buffer!.Add(value);
            }

            index++;
        }

        values ??= buffer!.ToArray();
        return pending is null ? new(values) : AwaitPendingAsync(values, pending, null);
    }

    /// <summary>The items of a list value; strings and maps are single values, not lists.</summary>
    private static IEnumerable? ListItems(object result) => result switch
    {
        string or IReadOnlyDictionary<string, object?> or IDictionary<string, object?> => null,
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray(),
        JsonElement => null,
        IEnumerable items => items,
        _ => null,
    };
}
