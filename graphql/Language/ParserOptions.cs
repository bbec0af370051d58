namespace Flowserv.GraphQL.Language;

/// <summary>Limits that protect the server from hostile documents; null disables a limit.</summary>
public sealed record ParserOptions
{
    /// <summary>The limits applied when none are given: suitable for untrusted client documents.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>No limits, for trusted input such as a schema's SDL, which can be far larger than any query.</summary>
    public static ParserOptions Unbounded { get; } = new() { MaxTokens = null, MaxDocumentBytes = null, MaxNesting = null };

    /// <summary>The most tokens (punctuators, names, values; not comments or other ignored tokens) a document may have.</summary>
    public int? MaxTokens { get; init; } = 15000;

    /// <summary>The deepest nesting of selection sets, list and object values and list types.</summary>
    public int? MaxNesting { get; init; } = 128;

    /// <summary>The largest document, in UTF-8 bytes.</summary>
    public int? MaxDocumentBytes { get; init; } = 1024 * 1024;
}
