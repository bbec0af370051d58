using System.Reflection;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Builds a schema from C# classes. Types are discovered from the roots, the added types and the type
/// extensions: each CLR type becomes its GraphQL type when first referenced, and its members are analysed
/// later, in discovery order, so types may refer to each other. Every problem found is collected, naming
/// the C# member, and reported together before the schema is validated.
/// </summary>
internal sealed partial class CodeFirstSchemaFactory
{
    private readonly CodeFirstRegistrations registrations;
    private readonly ScalarCatalog scalars;
    private readonly NullabilityInfoContext nullability = new();
    private readonly List<string> problems = [];
    private readonly Queue<Action> pending = new();
    private readonly RuntimeTypeIndex runtimeTypes = new();

    /// <summary>Every named type created, in discovery order.</summary>
    private readonly List<NamedType> types = [];

    /// <summary>Types added explicitly: listed to the schema after the roots, the rest is collected from these.</summary>
    private readonly List<NamedType> addedTypes = [];

    private ObjectType? query;
    private ObjectType? mutation;
    private ObjectType? subscription;

    private CodeFirstSchemaFactory(CodeFirstRegistrations registrations)
    {
        this.registrations = registrations;
        scalars = new ScalarCatalog(registrations.Scalars, registrations.ScalarBindings);
    }

    private enum FieldRole
    {
        /// <summary>A member of the CLR type of an object type: the parent is the instance.</summary>
        ObjectMember,

        /// <summary>A member of a root type or type extension class: the instance comes from <see cref="ResolverInstance{T}"/>.</summary>
        ResolverClassMember,

        /// <summary>A member of an interface: no resolver, object types resolve.</summary>
        InterfaceMember,
    }

    public static GraphQLSchema Build(CodeFirstRegistrations registrations) => new CodeFirstSchemaFactory(registrations).Build();

    private GraphQLSchema Build()
    {
        query = Root(registrations.Query, "Query", isSubscription: false);
        mutation = Root(registrations.Mutation, "Mutation", isSubscription: false);
        subscription = Root(registrations.Subscription, "Subscription", isSubscription: true);
        foreach (var scalar in registrations.Scalars)
        {
            addedTypes.Add(AddScalar(scalar));
        }

        foreach (var type in registrations.Types)
        {
            AddType(type);
        }

        DrainPending();

        // One at a time, so an extension may name a type that the fields of earlier ones brought in.
        foreach (var extension in registrations.Extensions)
        {
            AddExtension(extension);
            DrainPending();
        }

        AddGlobalObjectIdentification();
        if (query is null)
        {
            problems.Add("The schema has no query type: call AddQueryType<T>() or add a type extension of \"Query\".");
        }

        if (problems.Count > 0)
        {
            throw new SchemaException(problems);
        }

        foreach (var (type, clrType) in objectTypes)
        {
            runtimeTypes.Add(clrType, type.Name);
        }

        // Listing the roots first makes the printed schema read from Query down, depth-first.
        List<NamedType> listed = [query!, .. new[] { mutation, subscription }.OfType<ObjectType>(), .. addedTypes];
        var schema = new GraphQLSchema(query!, mutation, subscription, listed, SpecifiedDirectives.All.Concat(registrations.Directives), registrations.Description);
        SchemaValidator.AssertValid(schema);
        return schema;
    }

    private void DrainPending()
    {
        while (pending.TryDequeue(out var work))
        {
            work();
        }
    }

    private void AddType(Type type)
    {
        if (type.IsDefined(typeof(ExtendObjectTypeAttribute)))
        {
            AddExtension(type);
        }
        else
        {
            // Input classes can't be told from output classes by their shape; the naming convention decides.
            var isInput = !type.IsEnum && (type.IsDefined(typeof(OneOfAttribute)) || Naming.TypeName(type).EndsWith("Input", StringComparison.Ordinal));
            if (NamedTypeOf(type, isInput, Naming.DisplayType(type)) is { } added)
            {
                addedTypes.Add(added);
            }
        }
    }

    private ObjectType? Root(Type? clrType, string conventionalName, bool isSubscription)
    {
        if (clrType is null)
        {
            return null;
        }

        if (!IsResolverClass(clrType, $"{Naming.DisplayType(clrType)}, the {conventionalName.ToLowerInvariant()} type"))
        {
            return null;
        }

        var root = NewObjectType(clrType.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? conventionalName, clrType, isSubscription, runtimeType: null);
        outputTypes[clrType] = root;
        pending.Enqueue(() => AddFields(complexTypes[root], clrType, FieldRole.ResolverClassMember));
        return root;
    }

    /// <summary>A root type made of type extensions only (<c>[ExtendObjectType("Query")]</c> without AddQueryType).</summary>
    private ObjectType? EmptyRoot(string name) => name switch
    {
        "Query" => query ??= NewObjectType(name, null, false, null),
        "Mutation" => mutation ??= NewObjectType(name, null, false, null),
        "Subscription" => subscription ??= NewObjectType(name, null, true, null),
        _ => null,
    };

    private void AddExtension(Type extension)
    {
        var display = Naming.DisplayType(extension);
        var target = extension.GetCustomAttribute<ExtendObjectTypeAttribute>();
        if (target is null)
        {
            problems.Add($"{display}: a type extension needs [ExtendObjectType(typeof(TheExtendedType))] or [ExtendObjectType(\"TypeName\")].");
            return;
        }

        var extended = target.Type is { } targetType
            ? NamedTypeOf(targetType, input: false, display)
            : types.Find(type => type.Name == target.Name) ?? EmptyRoot(target.Name!);
        if (extended is not ComplexType complex || !complexTypes.TryGetValue(complex, out var build))
        {
            var actual = extended switch
            {
                null => "not a type of the schema",
                UnionType => "a union",
                EnumType => "an enum",
                InputObjectType => "an input object",
                _ => "a scalar",
            };
            problems.Add($"{display}: [ExtendObjectType] must name an object or interface type; \"{target.Type?.Name ?? target.Name}\" is {actual}.");
            return;
        }

        if (IsResolverClass(extension, display))
        {
            pending.Enqueue(() => AddFields(build, extension, FieldRole.ResolverClassMember));
        }
    }

    /// <summary>Root types and type extensions are instantiated per schema or taken from services, so they must be classes.</summary>
    private bool IsResolverClass(Type type, string display)
    {
        if (type.IsClass && !type.IsAbstract)
        {
            return true;
        }

        problems.Add($"{display}: root types and type extensions must be non-abstract classes.");
        return false;
    }
}
