using System.Linq.Expressions;
using System.Reflection;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Classes, records and structs used as parameters become input objects: their settable members and
/// constructor parameters are the fields; a compiled constructor call turns coerced field maps into instances.
/// </summary>
internal sealed partial class CodeFirstSchemaFactory
{
    private InputObjectType NewInputObjectType(Type clrType)
    {
        var fields = new List<InputValueDefinition>();
        var activator = new InputObjectActivator();
        var type = new InputObjectType(Naming.InputTypeName(clrType), () => fields, Description(clrType))
        {
            IsOneOf = clrType.IsDefined(typeof(OneOfAttribute)),
            CreateValue = activator.Create,
        };
        Register(type, clrType, inputTypes, " (as input)");
        pending.Enqueue(() => activator.Compiled = BuildInputObject(clrType, fields));
        return type;
    }

    private Func<IReadOnlyDictionary<string, object?>, object>? BuildInputObject(Type clrType, List<InputValueDefinition> fields)
    {
        var display = Naming.DisplayType(clrType);
        var constructor = InputConstructor(clrType);
        if (constructor is null && !clrType.IsValueType)
        {
            problems.Add($"{display}: an input type needs a public constructor.");
            return null;
        }

        var constructorParameters = constructor?.GetParameters() ?? [];
        // OneOf fields have no defaults: exactly one of them must be given.
        var prototype = constructorParameters.Length == 0 && !clrType.IsDefined(typeof(OneOfAttribute)) ? Prototype(clrType, constructor) : null;
        var members = FieldMembers.Of(clrType, includeStatic: false).Where(member => member is PropertyInfo or FieldInfo).ToList();
        var map = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var instance = Expression.Variable(clrType, "instance");
        var constructorArguments = new Expression?[constructorParameters.Length];
        var assignments = new List<Expression>();
        foreach (var parameter in constructorParameters)
        {
            if (!members.Exists(member => string.Equals(member.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{display}: constructor parameter {parameter.Name} needs a public property of the same name to become an input field.");
            }
        }

        foreach (var member in members)
        {
            var index = Array.FindIndex(constructorParameters, parameter => string.Equals(parameter.Name, member.Name, StringComparison.OrdinalIgnoreCase));
            var parameter = index >= 0 ? constructorParameters[index] : null;
            if (parameter is null && !IsSettable(member))
            {
                continue;
            }

            var memberDisplay = Naming.Display(member);
            if (InputField(member, parameter, prototype, memberDisplay) is not { } field)
            {
                continue;
            }

            fields.Add(field);
            var valueType = parameter?.ParameterType ?? MemberType(member);
            if (parameter is not null)
            {
                constructorArguments[index] = Converted(valueType, Expression.Call(EntryMethod, map, Expression.Constant(field.Name)), memberDisplay);
            }
            else if (AssignIfGiven(map, instance, member, field.Name, valueType, memberDisplay) is { } assignment)
            {
                assignments.Add(assignment);
            }
        }

        if (Array.Exists(constructorArguments, argument => argument is null))
        {
            return null;
        }

        var body = new List<Expression>
        {
            Expression.Assign(instance, constructor is null ? Expression.New(clrType) : Expression.New(constructor, constructorArguments!)),
        };
        body.AddRange(assignments);
        body.Add(Expression.Convert(instance, typeof(object)));
        return Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(Expression.Block([instance], body), map).Compile();
    }

    private InputValueDefinition? InputField(MemberInfo member, ParameterInfo? parameter, object? prototype, string display)
    {
        var metadata = new MemberMetadata(member, parameter);
        var nullabilityInfo = member is PropertyInfo property ? nullability.Create(property) : nullability.Create((FieldInfo)member);
        var clrType = new ClrType(MemberType(member), nullabilityInfo);
        var type = InputType(clrType, metadata, display);
        return type is null ? null : new InputValueDefinition
        {
            Name = metadata.Name ?? Naming.FieldName(member),
            Description = metadata.Description,
            Type = type,
            DefaultValue = DefaultLiteral(metadata, parameter, clrType.Type, type, display, prototype is null ? null : InitialValue(prototype, member)),
            DeprecationReason = metadata.DeprecationReason,
        };
    }

    /// <summary>Sets a member only when its field was given, so fields left out keep the member's initial value.</summary>
    private BlockExpression? AssignIfGiven(ParameterExpression map, ParameterExpression instance, MemberInfo member, string name, Type valueType, string display)
    {
        var value = Expression.Variable(typeof(object), "value");
        if (Converted(valueType, value, display) is not { } conversion)
        {
            return null;
        }

        var tryGetValue = typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<,>.TryGetValue))!;
        return Expression.Block(
            [value],
            Expression.IfThen(
                Expression.Call(map, tryGetValue, Expression.Constant(name), value),
                Expression.Assign(Expression.MakeMemberAccess(instance, member), conversion)));
    }

    private static Type MemberType(MemberInfo member) => member is PropertyInfo property ? property.PropertyType : ((FieldInfo)member).FieldType;

    /// <summary>The parameterless constructor if there is one, else the public constructor with the most parameters (a record's primary one).</summary>
    private static ConstructorInfo? InputConstructor(Type clrType)
    {
        var constructors = clrType.GetConstructors();
        return Array.Find(constructors, constructor => constructor.GetParameters().Length == 0)
            ?? constructors.OrderByDescending(constructor => constructor.GetParameters().Length).FirstOrDefault();
    }

    /// <summary>An instance made once to read the members' initial values, which become the fields' defaults.</summary>
    private static object? Prototype(Type clrType, ConstructorInfo? constructor)
    {
        try
        {
            return constructor is null ? Activator.CreateInstance(clrType) : constructor.Invoke([]);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    private static object? InitialValue(object prototype, MemberInfo member) =>
        member is PropertyInfo property ? property.GetValue(prototype) : ((FieldInfo)member).GetValue(prototype);

    private static bool IsSettable(MemberInfo member) => member switch
    {
        PropertyInfo property => property.SetMethod is { IsPublic: true },
        FieldInfo field => !field.IsInitOnly,
        _ => false,
    };
}
