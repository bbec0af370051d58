using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Relay;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Relay global object identification: the <c>Node</c> interface, implemented by [Node] classes whose <c>Id</c> is
/// served as a global id, the <c>node</c>/<c>nodes</c> query fields, and [ID(typeName)] members and arguments.
/// </summary>
internal sealed partial class CodeFirstSchemaFactory
{
    private readonly NodeResolverRegistry nodeResolvers = new();
    private InterfaceType? nodeInterface;

    private bool IsNodeType(Type? clrType) => registrations.Relay.GlobalObjectIdentification && clrType?.IsDefined(typeof(NodeAttribute)) == true;

    private bool IsNodeId(Type source, MemberInfo member) => IsNodeType(source) && member is PropertyInfo { Name: "Id" };

    /// <summary>The raw id of a node type, which orders rows that tie on every requested sort key.</summary>
    private PropertyInfo? NodeIdProperty(Type clrType) =>
        IsNodeType(clrType) && clrType.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance) is { } id && IsLeaf(id) ? id : null;

    private InterfaceType? NodeInterfaceOf(Type? clrType) => IsNodeType(clrType) ? nodeInterface : null;

    private void AddGlobalObjectIdentification()
    {
        if (!registrations.Relay.GlobalObjectIdentification || query is null)
        {
            return;
        }

        Claim("Node", "global object identification");
        nodeInterface = new InterfaceType("Node", () => [new FieldDefinition { Name = "id", Type = new NonNullType(BuiltInScalars.ID) }])
        {
            ResolveType = runtimeTypes.Resolve,
        };
        foreach (var (type, clrType) in objectTypes)
        {
            if (IsNodeType(clrType) && NodeLoaderOf(clrType) is { } loader)
            {
                nodeResolvers.Add(type.Name, loader);
            }
        }

        var build = complexTypes[query];
        FieldDefinition[] fields =
        [
            new() { Name = "node", Type = nodeInterface, Arguments = [new() { Name = "id", Type = new NonNullType(BuiltInScalars.ID) }], Resolver = nodeResolvers.ResolveNode },
            new()
            {
                Name = "nodes",
                Type = new NonNullType(new ListType(nodeInterface)),
                Arguments = [new() { Name = "ids", Type = new NonNullType(new ListType(new NonNullType(BuiltInScalars.ID))) }],
                Resolver = nodeResolvers.ResolveNodes,
            },
        ];
        foreach (var field in fields)
        {
            if (!build.Sources.TryAdd(field.Name, "global object identification"))
            {
                problems.Add($"Field {build.Name}.{field.Name} is defined by both {build.Sources[field.Name]} and global object identification.");
            }
        }

        // First, as the contract and HotChocolate's printed schemas list them.
        build.Fields.InsertRange(0, fields);
    }

    /// <summary>The compiled [NodeResolver] method of a [Node] class: the raw id, then request values.</summary>
    private NodeLoader? NodeLoaderOf(Type clrType)
    {
        var display = Naming.DisplayType(clrType);
        var methods = clrType.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(method => method.IsDefined(typeof(NodeResolverAttribute))).ToArray();
        if (methods is not [var method] || method.GetParameters() is not [{ ParameterType: var idType }, ..] || idType != typeof(string))
        {
            problems.Add($"{display}: a [Node] class needs exactly one public static [NodeResolver] method whose first parameter is the raw id (a string).");
            return null;
        }

        var id = Expression.Parameter(typeof(string), "id");
        var values = new List<Expression> { id };
        foreach (var parameter in method.GetParameters().Skip(1))
        {
            if (RequestValue(parameter) is not { } value)
            {
                problems.Add($"{Naming.Display(parameter)}: a node resolver takes the raw id and request values only (context, cancellation token, [Service], context values).");
                return null;
            }

            values.Add(value);
        }

        return Expression.Lambda<NodeLoader>(ResolverCompiler.Result(Expression.Call(method, values)), ResolverCompiler.Context, id).Compile();
    }

    /// <summary>
    /// The coerced value of an argument marked [ID(typeName)], with its global ids replaced by their raw ids: a
    /// string, or a list (of lists) of strings.
    /// </summary>
    private Expression? GlobalIdArgument(MemberMetadata metadata, Type parameterType, Expression value, string display)
    {
        if (metadata.Get<IDAttribute>()?.TypeName is not { } typeName)
        {
            return value;
        }

        var itemType = new ClrType(parameterType, null);
        while (itemType.ListItem is { } item)
        {
            itemType = item;
        }

        if (itemType.Type != typeof(string))
        {
            problems.Add($"{display}: [ID(\"{typeName}\")] arguments receive the raw id as a string (or a list of strings).");
            return null;
        }

        return Expression.Call(typeof(GlobalId).GetMethod(nameof(GlobalId.ParseInput), BindingFlags.NonPublic | BindingFlags.Static)!, value, Expression.Constant(typeName));
    }

    /// <summary>A field serving raw ids of <paramref name="typeName"/> as global ids.</summary>
    private static FieldDefinition GlobalIdField(string typeName, FieldDefinition field, GraphQLType type)
    {
        var raw = field.Resolver;
        return WithChanges(field, type, field.Arguments, raw is null ? null : async context =>
            await raw(context).ConfigureAwait(false) is { } id ? GlobalId.Serialize(typeName, Convert.ToString(id, CultureInfo.InvariantCulture)!) : null);
    }

    private static FieldDefinition WithChanges(FieldDefinition field, GraphQLType type, IReadOnlyList<InputValueDefinition> arguments, FieldResolver? resolver, IReadOnlyList<string>? costMultipliers = null, IReadOnlyList<string>? sizedFields = null) => new()
    {
        Name = field.Name,
        Description = field.Description,
        Type = type,
        Arguments = arguments,
        DeprecationReason = field.DeprecationReason,
        Cost = field.Cost,
        CostMultipliers = costMultipliers ?? field.CostMultipliers,
        SizedFields = sizedFields ?? field.SizedFields,
        Resolver = resolver,
        Subscriber = field.Subscriber,
    };
}
