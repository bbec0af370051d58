using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>The state of one operation's execution: its inputs, the errors found so far, and the DataLoader dispatcher.</summary>
internal sealed partial class ExecutionContext
{
    /// <summary>
    /// Stands for "null in a non-null position": the value of a position whose error has been reported
    /// and whose null must propagate to the nearest nullable parent (spec 6.4.4).
    /// </summary>
    internal static readonly object PropagatedNull = new();

    private readonly List<GraphQLError> errors = [];
    private readonly List<Func<ValueTask>> cleanups = [];

    public ExecutionContext(
        ExecutionArgs args,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        CancellationToken cancellationToken,
        IDictionary<string, object?>? requestData = null)
    {
        Schema = args.Schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Services = args.Services;
        RequestData = requestData ?? args.RequestData;
        CancellationToken = cancellationToken;
        Options = args.Options;
        Dispatcher = BatchDispatcher.For(RequestData);
    }

    /// <summary>
    /// A context for executing the same operation again (one subscription event): no errors yet, and request
    /// data of its own without the previous event's DataLoaders, whose cached values may have changed.
    /// </summary>
    public ExecutionContext Renew(ExecutionArgs args, CancellationToken cancellationToken)
    {
        var requestData = new Dictionary<string, object?>(args.RequestData);
        requestData.Remove(BatchDispatcher.RequestDataKey);
        return new(args, Operation, Fragments, Variables, cancellationToken, requestData);
    }

    public GraphQLSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public IDictionary<string, object?> RequestData { get; }

    public CancellationToken CancellationToken { get; }

    public ExecutionOptions Options { get; }

    public BatchDispatcher Dispatcher { get; }

    public IReadOnlyList<GraphQLError>? Errors
    {
        get
        {
            lock (errors)
            {
                return errors.Count == 0 ? null : errors.ToArray();
            }
        }
    }

    public void RegisterForCleanup(Func<ValueTask> cleanup)
    {
        lock (cleanups)
        {
            cleanups.Add(cleanup);
        }
    }

    /// <summary>Runs the registered cleanups, last registered first, once every resolver of the execution has finished.</summary>
    public async ValueTask CleanUpAsync()
    {
        Func<ValueTask>[] pending;
        lock (cleanups)
        {
            pending = [.. cleanups];
            cleanups.Clear();
        }

        for (var i = pending.Length - 1; i >= 0; i--)
        {
            await pending[i]().ConfigureAwait(false);
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (errors)
        {
            errors.Add(error);
        }
    }

    /// <summary>The root selection plan: spec 6.3.2 CollectFields on the operation's selection set.</summary>
    public SelectionPlan PlanRoot(ObjectType rootType) =>
        SelectionPlan.Create(this, rootType, CollectFields.Collect(Schema, Fragments, Variables, rootType, Operation.SelectionSet));

    /// <summary>
    /// Spec 6.4.4 "Handling Execution Errors": reports the error at the position and gives the position's
    /// value, which is null, or <see cref="PropagatedNull"/> when the position is non-null.
    /// </summary>
    public object? HandleFieldError(Exception exception, FieldPlan field, GraphQLType type, ResponsePath path)
    {
        var locations = ErrorLocations.Of(field.Nodes);
        if (exception is GraphQLException graphQLException)
        {
            foreach (var error in graphQLException.Errors)
            {
                AddError(error.WithPath(path, locations));
            }
        }
        else
        {
            AddError(ToError(exception, locations, path));
        }

        return type is NonNullType ? PropagatedNull : null;
    }

    private GraphQLError ToError(Exception exception, SourceLocation[] locations, ResponsePath path)
    {
        if (exception is CoercionException)
        {
            return new GraphQLError(exception.Message, locations, path, exception: exception);
        }

        if (!Options.IncludeExceptionDetails)
        {
            return new GraphQLError("Unexpected Execution Error", locations, path, ErrorExtensions.Code(ErrorCodes.InternalServerError), exception);
        }

        var extensions = ErrorExtensions.Code(ErrorCodes.InternalServerError);
        extensions["stacktrace"] = (exception.ToString() ?? string.Empty).Split(Environment.NewLine);
        return new GraphQLError(exception.Message, locations, path, extensions, exception);
    }
}
