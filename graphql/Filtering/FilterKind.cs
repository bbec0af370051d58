namespace Flowserv.GraphQL.Filtering;

/// <summary>What a filterable member holds, which decides the operations its operation input offers.</summary>
internal enum FilterKind
{
    String,
    Id,
    DateTime,
    Number,
    Boolean,
    Enum,
}
