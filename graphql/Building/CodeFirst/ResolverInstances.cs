using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// The instance of a root type or type extension class a resolver method runs on: the parent value when it
/// is one (e.g. a root value given to the executor), else the request's service of that type (so classes
/// needing scoped dependencies can be registered in DI), else one instance per schema created on first use
/// with the public parameterless constructor. Such classes should therefore be stateless.
/// </summary>
internal sealed class ResolverInstance<T>
    where T : class
{
    private T? shared;

    public T Get(IResolverContext context)
    {
        if (context.Parent is T parent)
        {
            return parent;
        }

        if (context.Services.GetService(typeof(T)) is T service)
        {
            return service;
        }

        return shared ?? LazyInitializer.EnsureInitialized(ref shared, Create);
    }

    private static T Create() =>
        typeof(T).GetConstructor(Type.EmptyTypes) is null
            ? throw new InvalidOperationException(
                $"{typeof(T).Name} is not registered in the request services and has no public parameterless constructor.")
            : (T)Activator.CreateInstance(typeof(T))!;
}

/// <summary>Reads <see cref="ServiceAttribute"/> parameters from the request services; compiled resolvers call this.</summary>
internal static class ResolverServices
{
    public static object? Get(IResolverContext context, Type type, bool optional) =>
        context.Services.GetService(type) ?? (optional ? null : throw new InvalidOperationException($"No service of type {type.Name} is registered."));
}
