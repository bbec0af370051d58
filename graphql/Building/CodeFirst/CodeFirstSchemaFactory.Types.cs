using System.Reflection;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>CLR types to GraphQL types: nullability, lists and the named type each CLR type maps to.</summary>
internal sealed partial class CodeFirstSchemaFactory
{
    private readonly Dictionary<Type, NamedType> outputTypes = [];
    private readonly Dictionary<Type, NamedType> inputTypes = [];
    private readonly Dictionary<Type, EnumType> enumTypes = [];
    private readonly Dictionary<ComplexType, ComplexTypeBuild> complexTypes = [];
    private readonly List<(ObjectType Type, Type ClrType)> objectTypes = [];
    private readonly List<(InterfaceType Type, Type ClrType)> interfaceTypes = [];

    /// <summary>Per GraphQL type name, what claimed it, to report two CLR types competing for one name.</summary>
    private readonly Dictionary<string, string> typeNameOwners = [];

    private GraphQLType? OutputType(ClrType clrType, MemberMetadata metadata, string display) => TypeOf(clrType, metadata, input: false, display);

    private GraphQLType? InputType(ClrType clrType, MemberMetadata metadata, string display) => TypeOf(clrType, metadata, input: true, display);

    private GraphQLType? TypeOf(ClrType clrType, MemberMetadata metadata, bool input, string display)
    {
        NamedType? overridden = null;
        if (metadata.TypeOverride is { } overrideType)
        {
            overridden = typeof(ScalarType).IsAssignableFrom(overrideType) ? scalars.ForImplementation(overrideType) : NamedTypeOf(overrideType, input, display);
            if (overridden is null)
            {
                problems.Add($"{display}: [GraphQLType(typeof({overrideType.Name}))] needs a scalar with a public parameterless constructor, or add the scalar with AddScalar.");
                return null;
            }
        }

        var type = Wrap(clrType, overridden, input, display);
        return type is null or NonNullType || !metadata.IsNonNull ? type : new NonNullType(type);
    }

    /// <summary>Lists and non-null wrappers from the C# type; the named type from the override or the innermost CLR type.</summary>
    private GraphQLType? Wrap(ClrType clrType, NamedType? overridden, bool input, string display)
    {
        GraphQLType? type;
        if (scalars.Find(clrType.Underlying) is null && clrType.ListItem is { } item)
        {
            type = Wrap(item, overridden, input, display) is { } itemType ? new ListType(itemType) : null;
        }
        else
        {
            type = overridden ?? NamedTypeOf(clrType.Underlying, input, display);
        }

        return type is null || clrType.IsNullable ? type : new NonNullType(type);
    }

    private NamedType? NamedTypeOf(Type type, bool input, string display)
    {
        if (scalars.Find(type) is { } scalar)
        {
            return AddScalar(scalar);
        }

        if (type.IsEnum)
        {
            return EnumTypeOf(type);
        }

        if (ClrTypes.IsPlatformType(type) || ClrTypes.IsDictionary(type) || type.IsGenericParameter || type.IsPointer || type.IsByRef ||
            typeof(Delegate).IsAssignableFrom(type))
        {
            problems.Add($"{display}: {Naming.DisplayType(type)} has no GraphQL type; bind a scalar to it with BindRuntimeType or choose one with [GraphQLType].");
            return null;
        }

        if (!input)
        {
            return outputTypes.GetValueOrDefault(type) ?? NewOutputType(type, display);
        }

        if (type.IsInterface || type.IsAbstract)
        {
            problems.Add($"{display}: {Naming.DisplayType(type)} cannot be an input type: interfaces and abstract classes cannot be created from input.");
            return null;
        }

        return inputTypes.GetValueOrDefault(type) ?? NewInputObjectType(type);
    }

    private ScalarType AddScalar(ScalarType scalar)
    {
        if (!types.Contains(scalar) && !Types.Scalars.BuiltInScalars.IsBuiltIn(scalar) && Claim(scalar.Name, $"the {scalar.Name} scalar"))
        {
            types.Add(scalar);
        }

        return scalar;
    }

    private NamedType NewOutputType(Type type, string display)
    {
        if (registrations.Unions.TryGetValue(type, out var members))
        {
            return NewUnionType(type, members, display);
        }

        if (type.IsInterface)
        {
            // A C# interface without members can only be a union: a GraphQL interface needs fields.
            return FieldMembers.Of(type, includeStatic: false).Count == 0 ? NewUnionType(type, null, display) : NewInterfaceType(type);
        }

        return type.IsAbstract ? NewInterfaceType(type) : NewObjectType(Naming.TypeName(type), type, isSubscription: false, runtimeType: type);
    }

    private ObjectType NewObjectType(string name, Type? clrType, bool isSubscription, Type? runtimeType)
    {
        var build = new ComplexTypeBuild(name, isSubscription);
        var type = new ObjectType(name, () => build.Fields, () => InterfacesOf(clrType), clrType is null ? null : Description(clrType))
        {
            RuntimeType = runtimeType,
        };
        complexTypes[type] = build;
        if (runtimeType is not null)
        {
            Register(type, runtimeType, outputTypes, string.Empty);
            objectTypes.Add((type, runtimeType));
            pending.Enqueue(() => AddFields(build, runtimeType, FieldRole.ObjectMember));
        }
        else
        {
            Claim(name, clrType is null ? "the " + name + " type extensions" : Naming.DisplayType(clrType));
            types.Add(type);
        }

        return type;
    }

    private InterfaceType NewInterfaceType(Type clrType)
    {
        var name = Naming.TypeName(clrType);
        var build = new ComplexTypeBuild(name, isSubscription: false);
        var type = new InterfaceType(name, () => build.Fields, () => InterfacesOf(clrType), Description(clrType))
        {
            ResolveType = runtimeTypes.Resolve,
        };
        complexTypes[type] = build;
        Register(type, clrType, outputTypes, string.Empty);
        interfaceTypes.Add((type, clrType));
        pending.Enqueue(() => AddFields(build, clrType, FieldRole.InterfaceMember));
        return type;
    }

    /// <summary>
    /// A union of the given members, or, for a marker interface, of every object type discovered whose CLR type
    /// implements it (add members no field refers to with AddType).
    /// </summary>
    private UnionType NewUnionType(Type clrType, Type[]? members, string display)
    {
        var explicitMembers = new List<ObjectType>();
        var type = new UnionType(
            Naming.TypeName(clrType),
            () => members is not null ? explicitMembers : objectTypes.Where(candidate => clrType.IsAssignableFrom(candidate.ClrType)).Select(candidate => candidate.Type),
            Description(clrType))
        {
            ResolveType = runtimeTypes.Resolve,
        };
        Register(type, clrType, outputTypes, string.Empty);
        foreach (var member in members ?? [])
        {
            var memberType = NamedTypeOf(member, input: false, display);
            if (memberType is ObjectType objectType)
            {
                explicitMembers.Add(objectType);
            }
            else if (memberType is not null)
            {
                problems.Add($"{display}: union member {Naming.DisplayType(member)} must map to an object type, not {memberType.Kind}.");
            }
        }

        return type;
    }

    private EnumType EnumTypeOf(Type clrType)
    {
        if (enumTypes.TryGetValue(clrType, out var existing))
        {
            return existing;
        }

        var values = new List<EnumValueDefinition>();
        foreach (var field in clrType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsDefined(typeof(GraphQLIgnoreAttribute)))
            {
                continue;
            }

            var metadata = new MemberMetadata(field);
            values.Add(new EnumValueDefinition
            {
                Name = metadata.Name ?? Naming.UpperSnakeCase(field.Name),
                Description = metadata.Description,
                Value = field.GetValue(null),
                DeprecationReason = metadata.DeprecationReason,
            });
        }

        var type = new EnumType(Naming.TypeName(clrType), values, Description(clrType));
        enumTypes[clrType] = type;
        Register(type, clrType, outputTypes, string.Empty);
        return type;
    }

    /// <summary>The interfaces a type implements: those of the schema its CLR type implements or derives from, in discovery order.</summary>
    private IEnumerable<InterfaceType> InterfacesOf(Type? clrType)
    {
        foreach (var (type, interfaceClrType) in interfaceTypes)
        {
            if (clrType is not null && interfaceClrType != clrType && interfaceClrType.IsAssignableFrom(clrType))
            {
                yield return type;
            }
        }

        if (NodeInterfaceOf(clrType) is { } node)
        {
            yield return node;
        }
    }

    private void Register(NamedType type, Type clrType, Dictionary<Type, NamedType> byClrType, string role)
    {
        byClrType[clrType] = type;
        Claim(type.Name, Naming.DisplayType(clrType) + role);
        types.Add(type);
    }

    private bool Claim(string name, string owner)
    {
        if (typeNameOwners.TryAdd(name, owner) || typeNameOwners[name] == owner)
        {
            return true;
        }

        problems.Add($"The GraphQL type name \"{name}\" is used by both {typeNameOwners[name]} and {owner}; rename one with [GraphQLName].");
        return false;
    }

    private static string? Description(Type type) => type.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;

    /// <summary>The fields of an object or interface type, from its own members and its extensions, with the C# member behind each.</summary>
    private sealed class ComplexTypeBuild(string name, bool isSubscription)
    {
        public string Name { get; } = name;

        public bool IsSubscription { get; } = isSubscription;

        public List<FieldDefinition> Fields { get; } = [];

        public Dictionary<string, string> Sources { get; } = [];
    }
}
