using System.Globalization;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>The executor's <see cref="IResolverContext"/>: a view of the field being resolved and its request.</summary>
internal sealed class ResolverContext(
    ExecutionContext execution,
    FieldPlan plan,
    object? parent,
    ResponsePath path,
    IReadOnlyDictionary<string, object?> arguments) : IResolverContext
{
    public object? Parent { get; } = parent;

    public GraphQLSchema Schema => execution.Schema;

    public ObjectType ParentType => plan.ParentType;

    public FieldDefinition Field => plan.Definition;

    public IReadOnlyList<FieldNode> FieldNodes => plan.Nodes;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public ResponsePath Path { get; } = path;

    public OperationDefinitionNode Operation => execution.Operation;

    public IReadOnlyDictionary<string, object?> Variables => execution.Variables;

    public IServiceProvider Services => execution.Services;

    public IDictionary<string, object?> RequestData => execution.RequestData;

    public CancellationToken CancellationToken => execution.CancellationToken;

    public void RegisterForCleanup(Func<ValueTask> cleanup) => execution.RegisterForCleanup(cleanup);

    public T? GetArgument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return value is IConvertible && typeof(IConvertible).IsAssignableFrom(target) && !target.IsEnum
            ? (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture)
            : throw new InvalidCastException($"Argument \"{name}\" is a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    public void ReportError(GraphQLError error) => execution.AddError(error.WithPath(Path, ErrorLocations.Of(plan.Nodes)));
}
