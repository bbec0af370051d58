using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// One response key of a selection plan: its merged field nodes and definition, with what is worked out
/// once per request instead of once per object: coerced arguments and the subfield plans per runtime type.
/// </summary>
internal sealed class FieldPlan(string responseName, List<FieldNode> nodes, FieldDefinition definition, ObjectType parentType)
{
    private readonly Lock gate = new();
    private object? argumentsOrError;
    private ObjectType? singleSubplanType;
    private SelectionPlan? singleSubplan;
    private Dictionary<ObjectType, SelectionPlan>? subplans;
    private PropertyGetter? lastGetter;

    public string ResponseName { get; } = responseName;

    public List<FieldNode> Nodes { get; } = nodes;

    public FieldDefinition Definition { get; } = definition;

    public ObjectType ParentType { get; } = parentType;

    /// <summary>Whether completing the field calls a ResolveType function, which needs a resolver context even for default-resolved fields.</summary>
    public bool CallsResolveType { get; } = definition.Type.NamedType() is InterfaceType { ResolveType: not null } or UnionType { ResolveType: not null };

    /// <summary>The coerced arguments; throws the field error when they cannot be coerced.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(ExecutionContext context)
    {
        var known = Volatile.Read(ref argumentsOrError);
        if (known is null)
        {
            try
            {
                known = ArgumentValues.Coerce(Definition.Arguments, Nodes[0].Arguments, context.Variables, Nodes[0]);
            }
            catch (GraphQLException exception)
            {
                known = exception;
            }

            Volatile.Write(ref argumentsOrError, known);
        }

        return known as IReadOnlyDictionary<string, object?> ?? throw (GraphQLException)known;
    }

    /// <summary>
    /// The default resolver, remembering the getter of the last CLR type seen: the objects of one field
    /// usually share a type, so most lookups skip the shared accessor cache.
    /// </summary>
    public object? ResolveByDefault(object? parent)
    {
        if (parent is null || parent is IReadOnlyDictionary<string, object?> || parent is IDictionary<string, object?> || parent is System.Text.Json.JsonElement)
        {
            return DefaultFieldResolver.Resolve(parent, Definition.Name);
        }

        var type = parent.GetType();
        var getter = Volatile.Read(ref lastGetter);
        if (getter is null || getter.Type != type)
        {
            getter = new PropertyGetter(type, MemberAccessors.Get(type, Definition.Name));
            Volatile.Write(ref lastGetter, getter);
        }

        return getter.Get?.Invoke(parent);
    }

    /// <summary>Spec 6.4.3 CollectSubfields for <paramref name="objectType"/>, cached.</summary>
    public SelectionPlan GetSubplan(ExecutionContext context, ObjectType objectType)
    {
        if (ReferenceEquals(Volatile.Read(ref singleSubplanType), objectType))
        {
            return singleSubplan!;
        }

        lock (gate)
        {
            if (singleSubplanType is null)
            {
                singleSubplan = Plan(context, objectType);
                Volatile.Write(ref singleSubplanType, objectType);
                return singleSubplan;
            }

            subplans ??= [];
            if (!subplans.TryGetValue(objectType, out var plan))
            {
                plan = Plan(context, objectType);
                subplans.Add(objectType, plan);
            }

            return plan;
        }
    }

    private SelectionPlan Plan(ExecutionContext context, ObjectType objectType) =>
        SelectionPlan.Create(context, objectType, CollectFields.CollectSubfields(context.Schema, context.Fragments, context.Variables, objectType, Nodes));

    private sealed record PropertyGetter(Type Type, Func<object, object?>? Get);
}
