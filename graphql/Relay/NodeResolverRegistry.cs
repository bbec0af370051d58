using System.Collections;
using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Relay;

/// <summary>
/// The resolvers of <c>node(id:)</c> and <c>nodes(ids:)</c>: the type name in a global id picks the node type's
/// loader. Filled while the schema is built, read-only afterwards.
/// </summary>
internal sealed class NodeResolverRegistry
{
    private readonly Dictionary<string, NodeLoader> loaders = [];

    public void Add(string typeName, NodeLoader loader) => loaders.Add(typeName, loader);

    public ValueTask<object?> ResolveNode(IResolverContext context) => Load(context, (string)context.Arguments["id"]!);

    /// <summary>
    /// Every id is loaded, in order; an invalid one becomes an error at its own position, not the whole list's. All
    /// loads start before any is awaited, so those going through DataLoaders travel in one batch per loader.
    /// </summary>
    public async ValueTask<object?> ResolveNodes(IResolverContext context)
    {
        var loads = new List<Task<object?>>();
        foreach (string id in (IEnumerable)context.Arguments["ids"]!)
        {
            try
            {
                loads.Add(Load(context, id).AsTask());
            }
            catch (GraphQLException exception)
            {
                loads.Add(Task.FromException<object?>(exception));
            }
        }

        var nodes = new List<object?>(loads.Count);
        foreach (var load in loads)
        {
            try
            {
                nodes.Add(await load.ConfigureAwait(false));
            }
            catch (GraphQLException exception)
            {
                nodes.Add(exception);
            }
        }

        return nodes;
    }

    private ValueTask<object?> Load(IResolverContext context, string globalId)
    {
        var (typeName, id) = GlobalId.Parse(globalId);
        return loaders.TryGetValue(typeName, out var load)
            ? load(context, id)
            : throw new GraphQLException($"The ID \"{globalId}\" does not identify an object of this API.", RelayErrorCodes.InvalidId);
    }
}
