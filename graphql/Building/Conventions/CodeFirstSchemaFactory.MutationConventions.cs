using System.Linq.Expressions;
using System.Reflection;
using Flowserv.GraphQL.Building.Conventions;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Mutation conventions: a mutation's arguments move into one <c>XInput</c> object and its result into an
/// <c>XPayload</c> with typed <c>errors</c>; each declared exception type gets an object type implementing the
/// error interface.
/// </summary>
internal sealed partial class CodeFirstSchemaFactory
{
    private readonly Dictionary<Type, ErrorMapping> errorMappings = [];
    private readonly HashSet<ComplexTypeBuild> errorPayloads = [];
    private InterfaceType? errorInterface;

    private MutationConventionRegistrations Conventions => registrations.MutationConventions;

    private InterfaceType ErrorInterface => errorInterface ??= NewErrorInterface();

    /// <summary>Whether the field follows the convention; [UseMutationConvention] and [Error] anywhere but on a mutation method are problems.</summary>
    private bool UsesMutationConvention(ComplexTypeBuild build, MemberInfo member, MemberMetadata metadata, string display)
    {
        var convention = metadata.Get<UseMutationConventionAttribute>();
        var declaresErrors = metadata.Has<ErrorAttribute>();
        if (mutation is null || complexTypes[mutation] != build || member is not MethodInfo)
        {
            if (convention is not null || declaresErrors)
            {
                problems.Add($"{display}: [UseMutationConvention] and [Error] belong on methods of the mutation type.");
            }

            return false;
        }

        return convention?.Disable != true && (Conventions.ApplyToAllMutations || convention is not null || declaresErrors);
    }

    /// <summary>Parameter values read from the <c>input</c> argument's fields.</summary>
    private static Expression[] FromInput(Expression[] values) => InputArguments.Read(values);

    private FieldDefinition? MutationConventionField(FieldDefinition field, MemberInfo member, MemberMetadata metadata, string display)
    {
        var typeName = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
        IReadOnlyList<InputValueDefinition> arguments = field.Arguments.Count == 0
            ? []
            : [new InputValueDefinition { Name = InputArguments.ArgumentName, Type = new NonNullType(NewConventionType(new InputObjectType(typeName + "Input", () => field.Arguments), display)) }];
        var declared = member.GetCustomAttributes<ErrorAttribute>().Select(attribute => attribute.ExceptionType).ToList();
        var resultType = field.Type.NamedType();
        if (ErrorMappingsOf(declared, display) is not { } errors)
        {
            return null;
        }

        if (resultType.Name.EndsWith("Payload", StringComparison.Ordinal))
        {
            if (resultType is not ObjectType ownType || !complexTypes.TryGetValue(ownType, out var ownPayload))
            {
                return Problem($"{display}: a mutation's own payload {resultType.Name} must be a class, to receive the convention's errors field.");
            }

            if (errorPayloads.Add(ownPayload))
            {
                // Queued behind the payload class's own members, so errors comes last, as in the convention's payloads.
                pending.Enqueue(() => AddErrorsField(ownPayload, resultType.Name));
            }

            return WithChanges(field, field.Type, arguments, new MutationPayloadResolver(field.Resolver!, null, errors).Resolve);
        }

        var dataFieldName = metadata.Get<UseMutationConventionAttribute>()?.PayloadFieldName ?? Naming.CamelCase(resultType.Name);
        if (dataFieldName == MutationPayloadResolver.ErrorsFieldName)
        {
            return Problem($"{display}: the payload field \"{dataFieldName}\" clashes with the payload's errors; set [UseMutationConvention(PayloadFieldName = ...)].");
        }

        FieldDefinition[] payloadFields =
        [
            new() { Name = dataFieldName, Type = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type },
            ErrorsField(),
        ];
        var payload = NewConventionType(new ObjectType(typeName + "Payload", () => payloadFields), display);
        return WithChanges(field, new NonNullType(payload), arguments, new MutationPayloadResolver(field.Resolver!, dataFieldName, errors).Resolve);
    }

    private FieldDefinition ErrorsField() => new() { Name = MutationPayloadResolver.ErrorsFieldName, Type = new ListType(new NonNullType(ErrorInterface)) };

    /// <summary>
    /// Adds <c>errors</c> to a payload class returned by a mutation. A failed mutation has no instance of the class,
    /// so its other fields must be nullable: they resolve to null from the failure.
    /// </summary>
    private void AddErrorsField(ComplexTypeBuild payload, string typeName)
    {
        for (var i = 0; i < payload.Fields.Count; i++)
        {
            var field = payload.Fields[i];
            if (field.Type is NonNullType)
            {
                problems.Add($"{payload.Sources[field.Name]}: fields of the mutation payload {typeName} must be nullable, since they are null when the mutation reports errors.");
            }
            else if (field.Resolver is { } resolver)
            {
                payload.Fields[i] = WithChanges(field, field.Type, field.Arguments, context => context.Parent is FailedPayload ? default : resolver(context));
            }
        }

        if (payload.Sources.TryAdd(MutationPayloadResolver.ErrorsFieldName, "the mutation conventions"))
        {
            payload.Fields.Add(ErrorsField());
        }
        else
        {
            problems.Add($"{payload.Sources[MutationPayloadResolver.ErrorsFieldName]}: the mutation conventions add errors to {typeName}; remove or rename this member.");
        }
    }

    private T NewConventionType<T>(T type, string display)
        where T : NamedType
    {
        Claim(type.Name, display + " (mutation convention)");
        types.Add(type);
        return type;
    }

    /// <summary>The method's [Error] types and the registered ones, most derived first so a declared subclass wins over a registered base.</summary>
    private ErrorMapping[]? ErrorMappingsOf(List<Type> declared, string display)
    {
        var invalid = declared.Where(type => !typeof(Exception).IsAssignableFrom(type)).ToList();
        foreach (var type in invalid)
        {
            problems.Add($"{display}: [Error(typeof({Naming.DisplayType(type)}))] must name an exception type.");
        }

        return invalid.Count > 0
            ? null
            : declared.Concat(Conventions.ErrorTypes.Select(registration => registration.ExceptionType))
                .Distinct()
                .OrderByDescending(InheritanceDepth)
                .Select(ErrorMappingOf)
                .ToArray();
    }

    private ErrorMapping ErrorMappingOf(Type exceptionType)
    {
        if (!errorMappings.TryGetValue(exceptionType, out var mapping))
        {
            var name = Conventions.ErrorTypes.LastOrDefault(registration => registration.ExceptionType == exceptionType)?.Name ?? ErrorNaming.TypeName(exceptionType);
            var type = new ObjectType(name, ErrorFields, () => [ErrorInterface], Description(exceptionType));
            if (Claim(name, Naming.DisplayType(exceptionType) + " (as error)"))
            {
                types.Add(type);
                addedTypes.Add(type);
            }

            mapping = new ErrorMapping(exceptionType, name, ErrorCode(exceptionType));
            errorMappings.Add(exceptionType, mapping);
        }

        return mapping;
    }

    /// <summary>The code registered for the exception type or its nearest registered base, else <see cref="ErrorNaming.Code"/>.</summary>
    private Func<Exception, string> ErrorCode(Type exceptionType)
    {
        for (var type = exceptionType; type is not null; type = type.BaseType)
        {
            if (Conventions.ErrorTypes.LastOrDefault(registration => registration.ExceptionType == type)?.Code is { } code)
            {
                return code;
            }
        }

        return ErrorNaming.Code(exceptionType);
    }

    private InterfaceType NewErrorInterface()
    {
        var name = Conventions.ErrorInterfaceName;
        Claim(name, "the mutation conventions' error interface");
        var type = new InterfaceType(name, ErrorFields, description: Conventions.ErrorInterfaceDescription) { ResolveType = static (value, _) => ((MutationError)value).TypeName };
        types.Add(type);
        return type;
    }

    private FieldDefinition[] ErrorFields() =>
    [
        new() { Name = "message", Type = new NonNullType(BuiltInScalars.String) },
        new() { Name = "code", Description = Conventions.ErrorCodeDescription, Type = new NonNullType(BuiltInScalars.String) },
    ];

    private static int InheritanceDepth(Type type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
