using System.Reflection;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>What a <see cref="SchemaBuilder"/> was told about Relay IDs, filtering and sorting.</summary>
internal sealed class RelayRegistrations
{
    public bool GlobalObjectIdentification { get; set; }

    /// <summary>Per CLR type, the members its <c>where</c> input offers (all scalar and enum properties when absent).</summary>
    public Dictionary<Type, PropertyInfo[]> FilterFields { get; } = [];

    /// <summary>Per CLR type, the members its <c>order</c> input offers (all scalar and enum properties when absent).</summary>
    public Dictionary<Type, PropertyInfo[]> SortFields { get; } = [];
}
