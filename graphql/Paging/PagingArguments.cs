namespace Flowserv.GraphQL.Paging;

/// <summary>The Relay connection arguments of one request: <c>first</c>/<c>after</c> forward, <c>last</c>/<c>before</c> backward.</summary>
public sealed record PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The arguments of the field being resolved (absent ones are null).</summary>
    public static PagingArguments From(IReadOnlyDictionary<string, object?> arguments) => new(
        arguments.GetValueOrDefault("first") as int?,
        arguments.GetValueOrDefault("after") as string,
        arguments.GetValueOrDefault("last") as int?,
        arguments.GetValueOrDefault("before") as string);

    /// <exception cref="GraphQLException">With code INVALID_PAGING_ARGUMENTS when the combination is not allowed.</exception>
    public void Validate(PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (First is < 0 || Last is < 0)
        {
            throw Invalid("\"first\" and \"last\" must not be negative.");
        }

        if (First is not null && Last is not null)
        {
            throw Invalid("\"first\" and \"last\" cannot be used together: page forward with first/after or backward with last/before.");
        }

        if (First > options.MaxPageSize || Last > options.MaxPageSize)
        {
            throw Invalid($"A page has at most {options.MaxPageSize} items.");
        }

        if (!options.AllowBackwardPagination && (Last is not null || Before is not null))
        {
            throw Invalid("This connection pages forward only (first/after).");
        }
    }

    private static GraphQLException Invalid(string message) => new(message, PagingErrorCodes.InvalidPagingArguments);
}
