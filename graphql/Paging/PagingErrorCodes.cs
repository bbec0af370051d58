namespace Flowserv.GraphQL.Paging;

/// <summary>Stable <c>extensions.code</c> values of paging errors; clients branch on these, so never rename one.</summary>
public static class PagingErrorCodes
{
    /// <summary>Negative or too large <c>first</c>/<c>last</c>, both given together, or backward paging where it is not offered.</summary>
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";

    /// <summary>An <c>after</c>/<c>before</c> value that is not a cursor this server handed out.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";
}
