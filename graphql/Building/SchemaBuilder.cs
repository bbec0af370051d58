using Flowserv.GraphQL.Building.CodeFirst;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Building;

/// <summary>
/// Code-first building: a schema from C# classes, with HotChocolate's conventions. Resolvers are compiled to
/// delegates once, in <see cref="Build"/>; requests use no reflection.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Public properties, fields and methods become fields (static ones only on root types and type
/// extensions), camelCased; methods lose a "Get" prefix and an "Async" suffix. Task/ValueTask results are awaited.</item>
/// <item>C# nullability decides GraphQL nullability. In generic types, constrain type parameters
/// (<c>where T : notnull</c>), since C# considers an unconstrained T nullable.</item>
/// <item>Sequences and arrays are lists; enums are enums with UPPER_SNAKE_CASE values; C# interfaces and abstract
/// classes are interfaces (an interface without members is a union); classes used as parameters are input
/// objects named "…Input".</item>
/// <item>Scalars: string String, int/short/byte Int, long Long, double/float/decimal Float, bool Boolean,
/// Guid UUID, DateTime/DateTimeOffset DateTime, JsonElement JSON; <see cref="IDAttribute"/> for ID.</item>
/// <item>Method parameters are arguments, except <see cref="IResolverContext"/>, <see cref="CancellationToken"/>,
/// <see cref="ParentAttribute"/> and <see cref="ServiceAttribute"/> parameters and types registered with
/// <see cref="AddContextValue{T}"/>. Defaults come from <see cref="System.ComponentModel.DefaultValueAttribute"/>,
/// C# parameter defaults and, for input objects with a parameterless constructor, the members' initial values.</item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// var schema = new SchemaBuilder()
///     .AddQueryType&lt;Query&gt;()
///     .AddMutationType&lt;Mutation&gt;()
///     .AddTypeExtension&lt;WorkflowQueries&gt;()
///     .Build();
/// </code>
/// </example>
public sealed partial class SchemaBuilder
{
    private readonly CodeFirstRegistrations registrations = new();

    /// <summary>
    /// The query root, named "Query" unless [GraphQLName] says otherwise. Its public instance and static
    /// members are fields; the instance comes from the request services, else one per schema is created with
    /// the public parameterless constructor.
    /// </summary>
    public SchemaBuilder AddQueryType<T>()
        where T : class
    {
        registrations.Query = typeof(T);
        return this;
    }

    /// <summary>The mutation root, named "Mutation"; instantiated like the query root.</summary>
    public SchemaBuilder AddMutationType<T>()
        where T : class
    {
        registrations.Mutation = typeof(T);
        return this;
    }

    /// <summary>
    /// The subscription root, named "Subscription". Its methods return <c>IAsyncEnumerable&lt;T&gt;</c> (or a
    /// Task/ValueTask of one): each event is the field's value (see <see cref="SubscribeAttribute"/>).
    /// </summary>
    public SchemaBuilder AddSubscriptionType<T>()
        where T : class
    {
        registrations.Subscription = typeof(T);
        return this;
    }

    /// <summary>
    /// Adds a type no field refers to, e.g. an implementation of an interface or a member of a marker-interface
    /// union. Classes named "…Input" or marked [OneOf] become input objects; classes marked
    /// [ExtendObjectType] are type extensions.
    /// </summary>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <inheritdoc cref="AddType{T}"/>
    public SchemaBuilder AddType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        registrations.Types.Add(type);
        return this;
    }

    /// <summary>
    /// A union named after <typeparamref name="T"/> (a marker class or interface) with the given object
    /// members. Without this call, an interface without members is a union of the object types implementing it.
    /// </summary>
    public SchemaBuilder AddUnionType<T>(params Type[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        registrations.Unions[typeof(T)] = members;
        registrations.Types.Add(typeof(T));
        return this;
    }

    /// <summary>A class marked [ExtendObjectType] whose public members are added to the type it extends.</summary>
    public SchemaBuilder AddTypeExtension<T>()
        where T : class
    {
        registrations.Extensions.Add(typeof(T));
        return this;
    }

    /// <summary>Adds a scalar to the schema (even if no field uses it); a scalar with the same name as a convention's replaces it.</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        registrations.Scalars.Add(scalar);
        return this;
    }

    /// <summary>Members of type <typeparamref name="TClr"/> are of scalar <typeparamref name="TScalar"/>.</summary>
    public SchemaBuilder BindRuntimeType<TClr, TScalar>()
        where TScalar : ScalarType, new() => BindRuntimeType(typeof(TClr), new TScalar());

    /// <summary>Members of type <paramref name="clrType"/> are of <paramref name="scalar"/>.</summary>
    public SchemaBuilder BindRuntimeType(Type clrType, ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        ArgumentNullException.ThrowIfNull(scalar);
        registrations.ScalarBindings.Add(new(clrType, scalar));
        return this;
    }

    /// <summary>A custom directive definition, in addition to the specified ones.</summary>
    public SchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        registrations.Directives.Add(directive);
        return this;
    }

    /// <summary>
    /// Resolver parameters of type <typeparamref name="T"/> are filled by <paramref name="read"/> instead of being
    /// arguments, e.g. the current user: <c>AddContextValue(context =&gt; (ClaimsPrincipal)context.RequestData["user"]!)</c>.
    /// </summary>
    public SchemaBuilder AddContextValue<T>(Func<IResolverContext, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        registrations.ContextValues[typeof(T)] = read;
        return this;
    }

    public SchemaBuilder SetDescription(string description)
    {
        registrations.Description = description;
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaException">
    /// Lists every problem: C# members that cannot be mapped (named as <c>Class.Member</c>), then, once those
    /// are fixed, every type system rule the schema breaks.
    /// </exception>
    public GraphQLSchema Build() => CodeFirstSchemaFactory.Build(registrations);
}
