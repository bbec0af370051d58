using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>Everything a resolver may know about the field it resolves and the request it is part of.</summary>
public interface IResolverContext
{
    /// <summary>The parent object's value (the root value for root fields, the event for subscription fields).</summary>
    object? Parent { get; }

    GraphQLSchema Schema { get; }

    ObjectType ParentType { get; }

    FieldDefinition Field { get; }

    /// <summary>All field nodes merged into this response key.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>Coerced argument values, including defaults; absent arguments without defaults are missing.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    ResponsePath Path { get; }

    OperationDefinitionNode Operation { get; }

    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>Request services (scoped to the request when hosted).</summary>
    IServiceProvider Services { get; }

    /// <summary>Per-request state shared by all resolvers (user identity, DataLoaders, ...).</summary>
    IDictionary<string, object?> RequestData { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>An argument converted to <typeparamref name="T"/>; default when absent.</summary>
    T? GetArgument<T>(string name);

    /// <summary>
    /// Runs <paramref name="cleanup"/> when the execution of the operation (or of one subscription event) has finished,
    /// e.g. to dispose what a value returned to the executor still needs while its fields resolve (a database context
    /// behind a lazily counted connection).
    /// </summary>
    void RegisterForCleanup(Func<ValueTask> cleanup);

    /// <summary>Adds an error to the response without failing the field (partial results).</summary>
    void ReportError(GraphQLError error);
}
