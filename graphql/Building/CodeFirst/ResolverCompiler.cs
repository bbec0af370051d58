using System.Linq.Expressions;
using System.Reflection;
using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Compiles resolver members into the executor's delegates once, at build time. Every expression built for a
/// resolver reads the request through <see cref="Context"/>.
/// </summary>
internal static class ResolverCompiler
{
    public static ParameterExpression Context { get; } = Expression.Parameter(typeof(IResolverContext), "context");

    public static Expression Parent(Type type) => Expression.Convert(Expression.Property(Context, nameof(IResolverContext.Parent)), type);

    public static Expression Arguments => Expression.Property(Context, nameof(IResolverContext.Arguments));

    public static Expression CancellationToken => Expression.Property(Context, nameof(IResolverContext.CancellationToken));

    /// <summary>The instance from a <see cref="ResolverInstance{T}"/>.</summary>
    public static Expression Instance(object provider) =>
        Expression.Call(Expression.Constant(provider), provider.GetType().GetMethod(nameof(ResolverInstance<>.Get))!, Context);

    public static Expression Service(Type type, bool optional) => Expression.Convert(
        Expression.Call(typeof(ResolverServices).GetMethod(nameof(ResolverServices.Get))!, Context, Expression.Constant(type), Expression.Constant(optional)),
        type);

    public static Expression ContextValue(Delegate read) => Expression.Invoke(Expression.Constant(read), Context);

    public static FieldResolver Field(Expression? instance, MemberInfo member, Expression[] arguments)
    {
        return Expression.Lambda<FieldResolver>(Result(Access(instance, member, arguments)), Context).Compile();
    }

    /// <summary>A member access or call as a <c>ValueTask&lt;object?&gt;</c>, awaiting Task and ValueTask results.</summary>
    public static Expression Result(Expression access)
    {
        var type = access.Type;
        return ClrTypes.IsGeneric(type, typeof(Task<>)) ? Call(nameof(ResolverResults.FromTask), type.GetGenericArguments()[0], access)
            : ClrTypes.IsGeneric(type, typeof(ValueTask<>)) ? Call(nameof(ResolverResults.FromValueTask), type.GetGenericArguments()[0], access)
            : Expression.New(typeof(ValueTask<object?>).GetConstructor([typeof(object)])!, Expression.Convert(access, typeof(object)));
    }

    /// <summary>A stream method returning <c>IAsyncEnumerable&lt;T&gt;</c>, or a Task/ValueTask of one.</summary>
    public static SubscribeResolver Subscriber(Expression? instance, MethodInfo method, Expression[] arguments)
    {
        var call = Expression.Call(instance, method, arguments);
        var type = call.Type;
        var awaited = ClrTypes.IsGeneric(type, typeof(Task<>)) || ClrTypes.IsGeneric(type, typeof(ValueTask<>)) ? type.GetGenericArguments()[0] : type;
        var item = awaited.GetGenericArguments()[0];
        var adapter = type == awaited ? nameof(ResolverResults.FromStream)
            : ClrTypes.IsGeneric(type, typeof(Task<>)) ? nameof(ResolverResults.FromStreamTask)
            : nameof(ResolverResults.FromStreamValueTask);
        return Expression.Lambda<SubscribeResolver>(Call(adapter, item, call), Context).Compile();
    }

    private static Expression Access(Expression? instance, MemberInfo member, Expression[] arguments) => member switch
    {
        PropertyInfo property => Expression.Property(instance, property),
        FieldInfo field => Expression.Field(instance, field),
        MethodInfo method => Expression.Call(instance, method, arguments),
        _ => throw new ArgumentOutOfRangeException(nameof(member), member, "Only properties, fields and methods resolve fields."),
    };

    private static MethodCallExpression Call(string adapter, Type typeArgument, Expression argument) =>
        Expression.Call(typeof(ResolverResults).GetMethod(adapter)!.MakeGenericMethod(typeArgument), argument);
}
