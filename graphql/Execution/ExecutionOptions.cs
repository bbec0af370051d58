using Flowserv.GraphQL.Language;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Execution settings and request limits. The defaults admit every reasonable client query, including
/// graphql-js's full introspection query (exactly 15 levels deep), while stopping abusive ones.
/// </summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Shows the real message and stack trace of unexpected resolver exceptions; for development only.</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>The deepest field nesting an operation may have (fragments expanded); null disables the check.</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>The highest complexity (sum of field costs times list multipliers) an operation may have; null disables the check.</summary>
    public int? MaxComplexity { get; init; } = 1000;

    /// <summary>
    /// How long a query or mutation run by <see cref="RequestExecutor"/> may take before its resolvers are
    /// cancelled and <c>EXECUTION_TIMEOUT</c> is returned; null means no limit. Subscriptions are not limited.
    /// </summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>Token and size limits for client documents (<c>MAX_TOKENS_EXCEEDED</c>, <c>DOCUMENT_TOO_LARGE</c>).</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>How many parsed documents the request executor keeps, by query text.</summary>
    public int DocumentCacheSize { get; init; } = 256;
}
