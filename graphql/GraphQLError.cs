namespace Flowserv.GraphQL;

/// <summary>A 1-based line and column (counted in Unicode code points) in a GraphQL document.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>An error as it appears in a GraphQL response (spec 7.1.2).</summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        ResponsePath? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path;
        Extensions = extensions is { Count: > 0 } ? extensions : null;
        Exception = exception;
    }

    public string Message { get; }

    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path of the field that failed; null for request errors.</summary>
    public ResponsePath? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error; never serialized, kept for logging.</summary>
    public Exception? Exception { get; }

    /// <summary>The stable machine-readable code, from <c>extensions.code</c>.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    public GraphQLError WithPath(ResponsePath? path, IReadOnlyList<SourceLocation>? locations) =>
        new(Message, Locations ?? locations, Path ?? path, Extensions, Exception);

    public override string ToString() => Message;
}
