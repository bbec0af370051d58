namespace Flowserv.GraphQL.Sorting;

/// <summary>The runtime values of the <c>SortEnumType</c> enum.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
