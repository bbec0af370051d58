namespace Flowserv.GraphQL.Types;

/// <summary>A union type (spec 3.8): one of several object types.</summary>
public sealed class UnionType : NamedType
{
    private readonly Lazy<IReadOnlyList<ObjectType>> types;

    public UnionType(string name, Func<IEnumerable<ObjectType>> types, string? description = null)
        : base(name, description)
    {
        this.types = new Lazy<IReadOnlyList<ObjectType>>(() => types().ToArray());
    }

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types => types.Value;

    /// <summary>Picks the concrete object type of a value; when null, member types are asked in turn.</summary>
    public ResolveAbstractType? ResolveType { get; init; }
}
