using System.Runtime.CompilerServices;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Spec 6.2.3 "Subscription": CreateSourceEventStream on the single root field, then
/// MapSourceToResponseEvent, executing the selection set once per event with the event as root value.
/// </summary>
internal static class Subscription
{
    public static async Task<SubscriptionResult> SubscribeAsync(ExecutionArgs args)
    {
        if (!Executor.TryCreateContext(args, out var context, out var requestErrors))
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromErrors(requestErrors));
        }

        var rootType = Executor.RootType(context, out var rootError);
        if (rootType is null)
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromError(rootError!));
        }

        var source = await CreateSourceEventStreamAsync(context, rootType, args.RootValue).ConfigureAwait(false);
        return source is null
            ? SubscriptionResult.FromResult(ExecutionResult.FromErrors(context.Errors ?? []))
            : SubscriptionResult.FromStream(MapSourceToResponseEventAsync(args, context, rootType, source, CancellationToken.None));
    }

    /// <summary>Spec 6.2.3.1 CreateSourceEventStream; null when it failed (the errors are in the context).</summary>
    private static async Task<IAsyncEnumerable<object?>?> CreateSourceEventStreamAsync(ExecutionContext context, ObjectType rootType, object? rootValue)
    {
        OrderedDictionary<string, List<Language.Ast.FieldNode>> rootFields;
        try
        {
            rootFields = CollectFields.Collect(context.Schema, context.Fragments, context.Variables, rootType, context.Operation.SelectionSet);
        }
        catch (GraphQLException exception)
        {
            foreach (var error in exception.Errors)
            {
                context.AddError(error);
            }

            return null;
        }

        if (rootFields.Count == 0)
        {
            // Only possible when @skip/@include removed every root field.
            return null;
        }

        var (responseName, nodes) = rootFields.GetAt(0);
        var fieldName = nodes[0].Name.Value;
        var definition = Introspection.MetaFields.Find(context.Schema, rootType, fieldName);
        if (definition is null)
        {
            context.AddError(new GraphQLError($"The subscription field \"{fieldName}\" is not defined.", ErrorLocations.Of(nodes)));
            return null;
        }

        var field = new FieldPlan(responseName, nodes, definition, rootType);
        var path = ResponsePath.Root(responseName);
        try
        {
            var arguments = ArgumentValues.Coerce(definition.Arguments, nodes[0].Arguments, context.Variables, nodes[0]);
            var stream = definition.Subscriber is { } subscriber
                ? await subscriber(new ResolverContext(context, field, rootValue, path, arguments)).ConfigureAwait(false)
                : DefaultFieldResolver.Resolve(rootValue, fieldName);
            return stream as IAsyncEnumerable<object?> ?? throw new InvalidOperationException(
                $"Subscription field must return Async Iterable. Received: {ValueDisplay.Format(stream)}.");
        }
        catch (Exception exception)
        {
            context.HandleFieldError(exception, field, definition.Type, path);
            return null;
        }
    }

    /// <summary>
    /// Spec 6.2.3.2 MapSourceToResponseEvent; ending the enumeration disposes the source stream. A shared source
    /// event's response is executed once for every subscription with the same document, operation and variables.
    /// </summary>
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEventAsync(
        ExecutionArgs args,
        ExecutionContext context,
        ObjectType rootType,
        IAsyncEnumerable<object?> source,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(args.CancellationToken, cancellationToken);
        var operation = SharedOperation.Of(args);
        await foreach (var sourceEvent in source.WithCancellation(cancellation.Token).ConfigureAwait(false))
        {
            if (sourceEvent is ISharedSourceEvent shared && operation is { } key)
            {
                // Executed without this subscriber's cancellation: the others wait for the same response.
                yield return await shared.Responses.GetOrExecuteAsync(
                    key,
                    static state => ExecuteEventAsync(state.args, state.context, state.rootType, state.sourceEvent, CancellationToken.None),
                    (args, context, rootType, sourceEvent),
                    cancellation.Token).ConfigureAwait(false);
            }
            else
            {
                yield return await ExecuteEventAsync(args, context, rootType, sourceEvent, cancellation.Token).ConfigureAwait(false);
            }
        }
    }

    private static async Task<ExecutionResult> ExecuteEventAsync(
        ExecutionArgs args, ExecutionContext context, ObjectType rootType, object? sourceEvent, CancellationToken cancellationToken)
    {
        var eventContext = context.Renew(args, cancellationToken);
        var data = await Executor.ExecuteRootAsync(eventContext, rootType, sourceEvent, serially: false).ConfigureAwait(false);
        return new ExecutionResult { Data = data, HasData = true, Errors = eventContext.Errors };
    }
}
