using System.Runtime.CompilerServices;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Spec 6.3 ExecuteSelectionSet and 6.4 ExecuteField. Every sibling field is started before any is
/// awaited, so asynchronous resolvers overlap and their DataLoader loads batch; a resolver that
/// completes synchronously is completed without allocating a task.
/// </summary>
internal sealed partial class ExecutionContext
{
    /// <summary>Executes the fields of <paramref name="plan"/> on <paramref name="source"/>: a <see cref="ResponseMap"/>, or <see cref="PropagatedNull"/>.</summary>
    public ValueTask<object?> ExecuteFields(SelectionPlan plan, object? source, ResponsePath? path)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        PendingValues? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var execution = ExecuteField(field, source, path is null ? ResponsePath.Root(field.ResponseName) : path.Append(field.ResponseName));
            if (!execution.IsCompletedSuccessfully)
            {
                (pending ??= new()).Add(i, execution);
                continue;
            }

            var value = execution.Result;
            if (value == PropagatedNull)
            {
                // As in graphql-js, siblings not yet started are skipped once the object is known to be null.
                return pending is null ? new(PropagatedNull) : AwaitInvalidatedAsync(pending);
            }

            values[i] = value;
        }

        return pending is null ? new(new ResponseMap(plan.Keys, values)) : AwaitPendingAsync(values, pending, plan.Keys);
    }

    /// <summary>Spec 6.2.2 "Mutation": the root fields one after another, each finished before the next starts.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<object?> ExecuteFieldsSeriallyAsync(SelectionPlan plan, object? source)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            ValueTask<object?> execution;
            Dispatcher.EnterSegment();
            try
            {
                execution = ExecuteField(fields[i], source, ResponsePath.Root(fields[i].ResponseName));
            }
            finally
            {
                Dispatcher.ExitSegment();
            }

            var value = execution.IsCompletedSuccessfully ? execution.Result : await execution.ConfigureAwait(false);
            if (value == PropagatedNull)
            {
                return PropagatedNull;
            }

            values[i] = value;
        }

        return new ResponseMap(plan.Keys, values);
    }

    /// <summary>Spec 6.4 ExecuteField: coerce arguments, resolve, complete; errors become field errors here.</summary>
    private ValueTask<object?> ExecuteField(FieldPlan field, object? source, ResponsePath path)
    {
        var definition = field.Definition;
        ResolverContext? context = null;
        ValueTask<object?> resolution;
        try
        {
            CancellationToken.ThrowIfCancellationRequested();
            var arguments = definition.Arguments.Count == 0 ? ArgumentValues.Empty : field.GetArguments(this);
            if (definition.Resolver is not { } resolver)
            {
                var typeResolutionContext = field.CallsResolveType ? new ResolverContext(this, field, source, path, arguments) : null;
                return CompleteValueCatching(definition.Type, field, path, field.ResolveByDefault(source), typeResolutionContext);
            }

            context = new ResolverContext(this, field, source, path, arguments);
            resolution = resolver(context);
        }
        catch (Exception exception)
        {
            return new(HandleFieldError(exception, field, definition.Type, path));
        }

        return resolution.IsCompletedSuccessfully
            ? CompleteValueCatching(definition.Type, field, path, resolution.Result, context)
            : AwaitResolvedAsync(resolution, field, path, context);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<object?> AwaitResolvedAsync(ValueTask<object?> resolution, FieldPlan field, ResponsePath path, ResolverContext context)
    {
        object? resolved;
        try
        {
            resolved = await resolution.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return HandleFieldError(exception, field, field.Definition.Type, path);
        }

        ValueTask<object?> completion;
        Dispatcher.EnterSegment();
        try
        {
            completion = CompleteValueCatching(field.Definition.Type, field, path, resolved, context);
        }
        finally
        {
            Dispatcher.ExitSegment();
        }

        return completion.IsCompletedSuccessfully ? completion.Result : await completion.ConfigureAwait(false);
    }

    /// <summary>Fills in the values still being computed: the finished object (with <paramref name="keys"/>) or list, or <see cref="PropagatedNull"/>.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<object?> AwaitPendingAsync(object?[] values, PendingValues pending, string[]? keys)
    {
        var propagated = false;
        for (var i = 0; i < pending.Count; i++)
        {
            var value = await pending.Values[i].ConfigureAwait(false);
            if (value == PropagatedNull)
            {
                propagated = true;
            }
            else
            {
                values[pending.Indexes[i]] = value;
            }
        }

        return propagated ? PropagatedNull : keys is null ? values : new ResponseMap(keys, values);
    }

    /// <summary>Waits for already started siblings (so their errors are reported) of a position that is null anyway.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<object?> AwaitInvalidatedAsync(PendingValues pending)
    {
        for (var i = 0; i < pending.Count; i++)
        {
            await pending.Values[i].ConfigureAwait(false);
        }

        return PropagatedNull;
    }

    /// <summary>Positions whose values are still being computed, with their indexes.</summary>
    private sealed class PendingValues
    {
        public List<int> Indexes { get; } = [];

        public List<ValueTask<object?>> Values { get; } = [];

        public int Count => Indexes.Count;

        public void Add(int index, ValueTask<object?> value)
        {
            Indexes.Add(index);
            Values.Add(value);
        }
    }
}
