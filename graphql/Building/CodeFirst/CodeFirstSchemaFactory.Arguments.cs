using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Resolver method parameters: GraphQL arguments (with defaults and compiled conversions), or values the
/// request provides (context, cancellation, parent, services, registered context values).
/// </summary>
internal sealed partial class CodeFirstSchemaFactory
{
    /// <summary>The parameters of <paramref name="method"/>, or null (with problems) when one has no mapping.</summary>
    private ResolverParameters? Parameters(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var arguments = new List<InputValueDefinition>();
        var values = new Expression[parameters.Length];
        var multipliers = new List<string>();
        var valid = true;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var type = parameter.ParameterType;
            if (type.IsByRef)
            {
                problems.Add($"{Naming.Display(parameter)}: ref, out and in parameters cannot be arguments.");
                valid = false;
                continue;
            }

            var value = RequestValue(parameter) ?? Argument(parameter, arguments, multipliers);
            valid &= value is not null;
            values[i] = value!;
        }

        return valid ? new ResolverParameters(arguments, values, multipliers) : null;
    }

    private Expression? RequestValue(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(IResolverContext))
        {
            return ResolverCompiler.Context;
        }

        if (type == typeof(CancellationToken))
        {
            return ResolverCompiler.CancellationToken;
        }

        if (parameter.IsDefined(typeof(ParentAttribute)))
        {
            return ResolverCompiler.Parent(type);
        }

        if (parameter.IsDefined(typeof(ServiceAttribute)))
        {
            var optional = parameter.HasDefaultValue || new ClrType(type, nullability.Create(parameter)).IsNullable;
            return ResolverCompiler.Service(type, optional);
        }

        return registrations.ContextValues.TryGetValue(type, out var read) ? ResolverCompiler.ContextValue(read) : null;
    }

    private Expression? Argument(ParameterInfo parameter, List<InputValueDefinition> arguments, List<string> multipliers)
    {
        var display = Naming.Display(parameter);
        var metadata = new MemberMetadata(parameter);
        var name = metadata.Name ?? Naming.CamelCase(parameter.Name!);
        var type = InputType(new ClrType(parameter.ParameterType, nullability.Create(parameter)), metadata, display);
        var entry = GlobalIdArgument(metadata, parameter.ParameterType, Expression.Call(EntryMethod, ResolverCompiler.Arguments, Expression.Constant(name)), display);
        var value = entry is null ? null : Converted(parameter.ParameterType, entry, display);
        if (type is null || value is null)
        {
            return null;
        }

        arguments.Add(new InputValueDefinition
        {
            Name = name,
            Description = metadata.Description,
            Type = type,
            DefaultValue = DefaultLiteral(metadata, parameter, parameter.ParameterType, type, display),
            DeprecationReason = metadata.DeprecationReason,
        });
        if (metadata.Has<CostMultiplierAttribute>())
        {
            multipliers.Add(name);
        }

        return value;
    }

    private static MethodInfo EntryMethod => typeof(InputConversions).GetMethod(nameof(InputConversions.Entry))!;

    /// <summary>
    /// An expression converting a coerced input value (of type object) to <paramref name="clrType"/>:
    /// lists item by item into arrays or <c>List&lt;T&gt;</c>, everything else with <see cref="InputConversions.Leaf{T}"/>.
    /// </summary>
    private Expression? Converted(Type clrType, Expression value, string display)
    {
        var shape = new ClrType(clrType, null);
        if (scalars.Find(shape.Underlying) is not null || shape.ListItem is not { } item)
        {
            return Expression.Call(typeof(InputConversions).GetMethod(nameof(InputConversions.Leaf))!.MakeGenericMethod(clrType), value);
        }

        var itemType = item.Type;
        var listType = typeof(List<>).MakeGenericType(itemType);
        var adapter = clrType.IsArray ? nameof(InputConversions.ToArray)
            : clrType.IsAssignableFrom(listType) ? nameof(InputConversions.ToList)
            : null;
        if (adapter is null)
        {
            problems.Add($"{display}: list inputs must be arrays, List<T> or an interface List<T> implements, not {Naming.DisplayType(clrType)}.");
            return null;
        }

        var itemValue = Expression.Parameter(typeof(object), "item");
        if (Converted(itemType, itemValue, display) is not { } itemConversion)
        {
            return null;
        }

        var convertItem = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(object), itemType), itemConversion, itemValue).Compile();
        var call = Expression.Call(typeof(InputConversions).GetMethod(adapter)!.MakeGenericMethod(itemType), value, Expression.Constant(convertItem));
        return call.Type == clrType ? call : Expression.Convert(call, clrType);
    }

    /// <summary>
    /// The default literal of an argument or input field: from [DefaultValue], else the C# default of its
    /// (constructor) parameter, else the member's initial value. Null defaults are left out: absent already
    /// means null. Initial values that have no literal (e.g. arbitrary objects) are no defaults.
    /// </summary>
    private ValueNode? DefaultLiteral(MemberMetadata metadata, ParameterInfo? parameter, Type clrType, GraphQLType type, string display, object? initialValue = null)
    {
        var value = metadata.Get<DefaultValueAttribute>() is { } attribute ? attribute.Value
            : parameter is { HasDefaultValue: true } ? parameter.DefaultValue
            : null;
        if (value is null or DBNull or Missing)
        {
            return initialValue is null ? null : Literal(initialValue, clrType, type);
        }

        var literal = Literal(value, clrType, type);
        if (literal is null)
        {
            problems.Add($"{display}: the default value {ValueDisplay.Format(value)} cannot be represented as {type}.");
        }

        return literal;
    }

    private static ValueNode? Literal(object value, Type clrType, GraphQLType type)
    {
        var underlying = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (underlying.IsEnum && value is not Enum)
        {
            value = Enum.ToObject(underlying, value);
        }

        try
        {
            return ValueToLiteral.Convert(value, type);
        }
        catch (CoercionException)
        {
            return null;
        }
    }

    /// <summary>A resolver method's arguments and the expressions filling each of its parameters.</summary>
    private sealed record ResolverParameters(IReadOnlyList<InputValueDefinition> Arguments, Expression[] Values, IReadOnlyList<string> CostMultipliers)
    {
        public static ResolverParameters None { get; } = new([], [], []);
    }
}
