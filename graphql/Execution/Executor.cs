using System.Text.Json;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>Spec 6 "Execution": runs an operation of a validated document against a schema.</summary>
public static class Executor
{
    /// <summary>Spec 6.1 ExecuteRequest for queries and mutations.</summary>
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        if (!TryCreateContext(args, out var context, out var requestErrors))
        {
            return ExecutionResult.FromErrors(requestErrors);
        }

        var rootType = RootType(context, out var rootError);
        if (rootType is null)
        {
            return ExecutionResult.FromError(rootError!);
        }

        var data = await ExecuteRootAsync(context, rootType, args.RootValue, context.Operation.Operation == OperationType.Mutation).ConfigureAwait(false);
        args.CancellationToken.ThrowIfCancellationRequested();
        return new ExecutionResult { Data = data, HasData = true, Errors = context.Errors };
    }

    /// <summary>Spec 6.2.3 Subscribe: the response stream, or the errors that prevented creating it.</summary>
    public static Task<SubscriptionResult> SubscribeAsync(ExecutionArgs args) => Subscription.SubscribeAsync(args);

    /// <summary>
    /// Spec 6.1.1 GetOperation and spec 6.1.2 CoerceVariableValues: the context to
    /// execute in, or the request errors.
    /// </summary>
    internal static bool TryCreateContext(ExecutionArgs args, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExecutionContext? context, out IReadOnlyList<GraphQLError> errors)
    {
        context = null;
        var operation = GetOperation.Find(args.Document, args.OperationName, out var operationError);
        if (operation is null)
        {
            errors = [operationError!];
            return false;
        }

        IReadOnlyDictionary<string, object?>? inputs;
        try
        {
            inputs = RawVariables(args.VariableValues);
        }
        catch (GraphQLException exception)
        {
            errors = exception.Errors;
            return false;
        }

        if (!VariableValues.TryCoerce(args.Schema, operation, inputs, out var variables, out errors))
        {
            return false;
        }

        context = new ExecutionContext(args, operation, GetOperation.Fragments(args.Document), variables, args.CancellationToken);
        return true;
    }

    /// <summary>The operation's root type, or the error of a schema without one.</summary>
    internal static ObjectType? RootType(ExecutionContext context, out GraphQLError? error)
    {
        var operation = context.Operation;
        var rootType = context.Schema.GetRootType(operation.Operation);
        error = rootType is null
            ? new GraphQLError(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
                ErrorLocations.Of(operation),
                extensions: ErrorExtensions.Code(ErrorCodes.OperationResolutionFailure))
            : null;
        return rootType;
    }

    /// <summary>
    /// Executes the root selection set; a null propagated to the root makes the data null, and the cleanups resolvers
    /// registered run at the end. Runs without the
    /// caller's synchronization context so resolver continuations resume inline, which keeps DataLoader
    /// batches together (see <see cref="BatchDispatcher"/>).
    /// </summary>
    internal static async ValueTask<IReadOnlyDictionary<string, object?>?> ExecuteRootAsync(ExecutionContext context, ObjectType rootType, object? rootValue, bool serially)
    {
        ValueTask<object?> execution;
        var callerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        context.Dispatcher.EnterSegment();
        try
        {
            var plan = context.PlanRoot(rootType);
            execution = serially ? context.ExecuteFieldsSeriallyAsync(plan, rootValue) : context.ExecuteFields(plan, rootValue, null);
        }
        catch (GraphQLException exception)
        {
            // A @skip or @include argument that cannot be coerced fails the whole operation.
            foreach (var error in exception.Errors)
            {
                context.AddError(error);
            }

            return null;
        }
        finally
        {
            context.Dispatcher.ExitSegment();
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }

        try
        {
            var data = execution.IsCompletedSuccessfully ? execution.Result : await execution.ConfigureAwait(false);
            return data as ResponseMap;
        }
        finally
        {
            await context.CleanUpAsync().ConfigureAwait(false);
        }
    }

    internal static IReadOnlyDictionary<string, object?>? RawVariables(object? variables) => variables switch
    {
        null => null,
        JsonElement json => PlainValues.MapFromJson(json),
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.AsReadOnly(),
        _ => throw new GraphQLException("Variables must be provided as a JSON object.", ErrorCodes.BadUserInput),
    };
}
