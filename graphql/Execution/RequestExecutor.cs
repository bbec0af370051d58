using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Validation;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// The request pipeline hosts use: parse (documents cached by query text), validate (verdicts cached),
/// enforce the limits of <see cref="ExecutionOptions"/>, then execute under the execution timeout.
/// </summary>
public sealed class RequestExecutor
{
    private readonly GraphQLSchema schema;
    private readonly ExecutionOptions options;
    private readonly DocumentCache documents;

    public RequestExecutor(GraphQLSchema schema, ExecutionOptions? options = null)
    {
        this.schema = schema;
        this.options = options ?? ExecutionOptions.Default;
        documents = new DocumentCache(this.options.DocumentCacheSize);
    }

    public GraphQLSchema Schema => schema;

    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        IServiceProvider? services = null,
        IDictionary<string, object?>? requestData = null,
        CancellationToken cancellationToken = default)
    {
        var document = Prepare(ref request, out var failure);
        if (document is null)
        {
            return failure!;
        }

        if (options.Timeout is not { } timeout)
        {
            return await Executor.ExecuteAsync(Args(request, document, services, requestData, cancellationToken)).ConfigureAwait(false);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var execution = Executor.ExecuteAsync(Args(request, document, services, requestData, timeoutSource.Token));
        try
        {
            return await execution.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await timeoutSource.CancelAsync().ConfigureAwait(false);
            _ = execution.ContinueWith(static task => task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return ExecutionResult.FromError(new GraphQLError(
                $"The operation did not complete within {timeout.TotalMilliseconds} ms.",
                extensions: ErrorExtensions.Code(ErrorCodes.ExecutionTimeout)));
        }
    }

    /// <summary>Starts a subscription; a query or mutation sent here is executed once and its result returned.</summary>
    public async Task<SubscriptionResult> SubscribeAsync(
        GraphQLRequest request,
        IServiceProvider? services = null,
        IDictionary<string, object?>? requestData = null,
        CancellationToken cancellationToken = default)
    {
        var document = Prepare(ref request, out var failure);
        if (document is null)
        {
            return SubscriptionResult.FromResult(failure!);
        }

        var operation = GetOperation.Find(document, request.OperationName, out _);
        if (operation?.Operation != OperationType.Subscription)
        {
            return SubscriptionResult.FromResult(await ExecuteAsync(request, services, requestData, cancellationToken).ConfigureAwait(false));
        }

        return await Executor.SubscribeAsync(Args(request, document, services, requestData, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// The parsed, valid document within limits, or null with the result to return instead. JSON variables
    /// read for the complexity check replace the request's, so execution does not convert them again.
    /// </summary>
    private DocumentNode? Prepare(ref GraphQLRequest request, out ExecutionResult? failure)
    {
        failure = null;
        var cached = documents.Get(request.Query);
        if (cached is null)
        {
            try
            {
                cached = documents.Add(request.Query, Parser.Parse(request.Query, options.ParserOptions));
            }
            catch (GraphQLException exception)
            {
                failure = ExecutionResult.FromErrors(exception.Errors);
                return null;
            }
        }

        // Checked before validation: a refused operation is refused whatever else is wrong with it.
        if (!request.AllowMutations && RefuseMutation(cached.Document, request.OperationName) is { } refusal)
        {
            failure = ExecutionResult.FromError(refusal);
            return null;
        }

        if (!cached.IsValid)
        {
            var validationErrors = DocumentValidator.Validate(schema, cached.Document);
            if (validationErrors.Count > 0)
            {
                failure = ExecutionResult.FromErrors(validationErrors);
                return null;
            }

            cached.IsValid = true;
        }

        var limitError = CheckLimits(cached.Document, ref request);
        if (limitError is not null)
        {
            failure = ExecutionResult.FromError(limitError);
            return null;
        }

        return cached.Document;
    }

    private static GraphQLError? RefuseMutation(DocumentNode document, string? operationName) =>
        GetOperation.Find(document, operationName, out _) is { Operation: OperationType.Mutation } mutation
            ? new GraphQLError(
                "Mutations are not allowed for this request.",
                ErrorLocations.Of(mutation),
                extensions: ErrorExtensions.Code(ErrorCodes.OperationNotAllowed))
            : null;

    private GraphQLError? CheckLimits(DocumentNode document, ref GraphQLRequest request)
    {
        var operation = GetOperation.Find(document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return operationError;
        }

        var fragments = GetOperation.Fragments(document);
        if (!options.EnableIntrospection && IntrospectionUsageAnalyzer.Check(operation, fragments) is { } introspectionError)
        {
            return introspectionError;
        }

        if (options.MaxDepth is { } maxDepth && OperationDepthAnalyzer.Check(operation, fragments, maxDepth) is { } depthError)
        {
            return depthError;
        }

        if (options.MaxComplexity is { } maxComplexity)
        {
            IReadOnlyDictionary<string, object?>? variables;
            try
            {
                variables = Executor.RawVariables(request.Variables);
            }
            catch (GraphQLException exception)
            {
                return exception.Errors[0];
            }

            request = request with { Variables = variables };
            return OperationComplexityAnalyzer.Check(schema, operation, fragments, variables, maxComplexity);
        }

        return null;
    }

    private ExecutionArgs Args(
        GraphQLRequest request,
        DocumentNode document,
        IServiceProvider? services,
        IDictionary<string, object?>? requestData,
        CancellationToken cancellationToken) => new()
        {
            Schema = schema,
            Document = document,
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            Services = services ?? EmptyServiceProvider.Instance,
            RequestData = requestData ?? new Dictionary<string, object?>(),
            CancellationToken = cancellationToken,
            Options = options,
        };
}
