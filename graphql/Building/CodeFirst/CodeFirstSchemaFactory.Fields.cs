using System.Linq.Expressions;
using System.Reflection;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>Members to fields: names, types, arguments and compiled resolvers (subscription fields included).</summary>
internal sealed partial class CodeFirstSchemaFactory
{
    private readonly Dictionary<Type, object> resolverInstances = [];

    private void AddFields(ComplexTypeBuild build, Type source, FieldRole role)
    {
        var members = FieldMembers.Of(source, includeStatic: role == FieldRole.ResolverClassMember);
        var skipped = new HashSet<string>();
        var methodNames = new HashSet<string>();
        foreach (var member in members)
        {
            if (member is MethodInfo method)
            {
                if (method.GetCustomAttribute<SubscribeAttribute>()?.With is { } with)
                {
                    skipped.Add(with);
                }

                if (!methodNames.Add(method.Name) && skipped.Add(method.Name))
                {
                    problems.Add($"{Naming.Display(method)}: GraphQL fields cannot be overloaded; rename one overload or mark it [GraphQLIgnore].");
                }
            }
        }

        foreach (var member in members)
        {
            if ((member is not MethodInfo || !skipped.Contains(member.Name)) && BuildField(build, source, member, role) is { } field)
            {
                var display = Naming.Display(member);
                if (build.Sources.TryAdd(field.Name, display))
                {
                    build.Fields.Add(field);
                }
                else
                {
                    problems.Add($"Field {build.Name}.{field.Name} is defined by both {build.Sources[field.Name]} and {display}.");
                }
            }
        }
    }

    private FieldDefinition? BuildField(ComplexTypeBuild build, Type source, MemberInfo member, FieldRole role)
    {
        var metadata = MemberMetadata.Of(member);
        var display = Naming.Display(member);
        var name = metadata.Name ?? Naming.FieldName(member);
        var subscribe = metadata.Get<SubscribeAttribute>();
        if (build.IsSubscription)
        {
            return member is MethodInfo streamMethod
                ? SubscriptionField(source, streamMethod, subscribe, metadata, name, display)
                : Problem($"{display}: subscription fields must be methods returning IAsyncEnumerable<T>.");
        }

        if (subscribe is not null)
        {
            return Problem($"{display}: [Subscribe] belongs on the subscription type or its extensions.");
        }

        var returnType = ResultType(member, display);
        if (returnType is null)
        {
            return null;
        }

        if (returnType.Value.AsyncStreamItem is not null)
        {
            return Problem($"{display}: IAsyncEnumerable<T> is only supported on subscription fields; return a list instead.");
        }

        var type = OutputType(returnType.Value, metadata, display);
        var parameters = member is MethodInfo method ? Parameters(method) : ResolverParameters.None;
        if (type is null || parameters is null)
        {
            return null;
        }

        var extended = IsExtendedField(source, member, metadata, role);
        var convention = UsesMutationConvention(build, member, metadata, display);
        var resolver = role == FieldRole.InterfaceMember || (!extended && UsesDefaultResolver(member, role, name))
            ? null
            : ResolverCompiler.Field(Instance(source, member, role), member, convention ? FromInput(parameters.Values) : parameters.Values);
        var field = NewField(name, metadata, type, parameters.Arguments, parameters.CostMultipliers, resolver);
        var built = extended ? ExtendField(build.Name, field, returnType.Value, metadata, display) : field;
        return convention && built is not null ? MutationConventionField(built, member, metadata, display) : built;
    }

    /// <summary>
    /// A stream method, or with [Subscribe(With)] a stream method plus a method mapping each event; the
    /// arguments are those of both.
    /// </summary>
    private FieldDefinition? SubscriptionField(Type source, MethodInfo method, SubscribeAttribute? subscribe, MemberMetadata metadata, string name, string display)
    {
        var streamMethod = method;
        MethodInfo? mapMethod = null;
        if (subscribe?.With is { } with)
        {
            var candidates = source.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(candidate => candidate.Name == with).ToArray();
            if (candidates.Length != 1)
            {
                return Problem($"{display}: [Subscribe(With = \"{with}\")] must name exactly one public method of {Naming.DisplayType(source)}.");
            }

            streamMethod = candidates[0];
            mapMethod = method;
        }

        var streamDisplay = Naming.Display(streamMethod);
        var item = new ClrType(streamMethod.ReturnType, nullability.Create(streamMethod.ReturnParameter)).Awaited.AsyncStreamItem;
        if (item is null)
        {
            return Problem($"{streamDisplay}: a subscription's event stream must return IAsyncEnumerable<T> (or a Task or ValueTask of one).");
        }

        var fieldClrType = mapMethod is null ? item : ResultType(mapMethod, display);
        var type = fieldClrType is null ? null : OutputType(fieldClrType.Value, metadata, display);
        var streamParameters = Parameters(streamMethod);
        var mapParameters = mapMethod is null ? ResolverParameters.None : Parameters(mapMethod);
        if (type is null || streamParameters is null || mapParameters is null)
        {
            return null;
        }

        var arguments = streamParameters.Arguments.ToList();
        arguments.AddRange(mapParameters.Arguments.Where(argument => arguments.TrueForAll(existing => existing.Name != argument.Name)));
        var resolver = mapMethod is null
            ? ResolverResults.Event
            : ResolverCompiler.Field(Instance(source, mapMethod, FieldRole.ResolverClassMember), mapMethod, mapParameters.Values);
        var subscriber = ResolverCompiler.Subscriber(Instance(source, streamMethod, FieldRole.ResolverClassMember), streamMethod, streamParameters.Values);
        return NewField(name, metadata, type, arguments, [.. streamParameters.CostMultipliers, .. mapParameters.CostMultipliers], resolver, subscriber);
    }

    private static FieldDefinition NewField(
        string name,
        MemberMetadata metadata,
        GraphQLType type,
        IReadOnlyList<InputValueDefinition> arguments,
        IReadOnlyList<string> costMultipliers,
        FieldResolver? resolver,
        SubscribeResolver? subscriber = null) => new()
        {
            Name = name,
            Description = metadata.Description,
            Type = type,
            Arguments = arguments,
            DeprecationReason = metadata.DeprecationReason,
            Cost = metadata.Get<CostAttribute>()?.Cost ?? 1,
            CostMultipliers = costMultipliers,
            Resolver = resolver,
            Subscriber = subscriber,
        };

    /// <summary>The awaited type a member produces, or null (with a problem) when it produces none.</summary>
    private ClrType? ResultType(MemberInfo member, string display)
    {
        var type = member switch
        {
            PropertyInfo property => new ClrType(property.PropertyType, nullability.Create(property)),
            FieldInfo field => new ClrType(field.FieldType, nullability.Create(field)),
            _ => new ClrType(((MethodInfo)member).ReturnType, nullability.Create(((MethodInfo)member).ReturnParameter)),
        };
        if (type.Type == typeof(void) || ClrTypes.IsResultlessAwaitable(type.Type))
        {
            problems.Add($"{display} returns no value, but a field needs one (e.g. return the changed object or a bool).");
            return null;
        }

        return type.Awaited;
    }

    /// <summary>
    /// Conventionally named instance properties and fields of object types holding plain values are left to the
    /// executor's default resolver, which reads them through the same kind of compiled getter without
    /// allocating a resolver context.
    /// </summary>
    private static bool UsesDefaultResolver(MemberInfo member, FieldRole role, string name)
    {
        var type = member switch
        {
            PropertyInfo { GetMethod.IsStatic: false } property => property.PropertyType,
            FieldInfo { IsStatic: false } field => field.FieldType,
            _ => null,
        };
        return role == FieldRole.ObjectMember && type is not null && new ClrType(type, null).Awaited.Type == type &&
            (member.Name == name || member.Name == char.ToUpperInvariant(name[0]) + name[1..]);
    }

    private Expression? Instance(Type source, MemberInfo member, FieldRole role)
    {
        var isStatic = member switch
        {
            PropertyInfo property => property.GetMethod!.IsStatic,
            FieldInfo field => field.IsStatic,
            _ => ((MethodInfo)member).IsStatic,
        };
        if (isStatic)
        {
            return null;
        }

        if (role == FieldRole.ObjectMember)
        {
            return ResolverCompiler.Parent(member.DeclaringType!);
        }

        if (!resolverInstances.TryGetValue(source, out var provider))
        {
            provider = Activator.CreateInstance(typeof(ResolverInstance<>).MakeGenericType(source))!;
            resolverInstances.Add(source, provider);
        }

        return ResolverCompiler.Instance(provider);
    }

    private FieldDefinition? Problem(string message)
    {
        problems.Add(message);
        return null;
    }
}
