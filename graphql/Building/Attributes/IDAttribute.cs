using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Building;

/// <summary>Types a member as <c>ID</c>; string, Guid, int and long members convert to and from the ID's string form.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute() : GraphQLTypeAttribute(typeof(IdType))
{
    /// <summary>
    /// The member holds raw ids of <paramref name="typeName"/>'s objects, exchanged as Relay global ids: fields serialize
    /// them, string arguments receive the raw id of a global id of that type (else the error INVALID_ID), and
    /// <c>where</c> filters on such members take global ids.
    /// </summary>
    public IDAttribute(string typeName)
        : this()
    {
        TypeName = typeName;
    }

    public string? TypeName { get; }
}
