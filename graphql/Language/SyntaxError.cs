namespace Flowserv.GraphQL.Language;

/// <summary>Builds the <see cref="GraphQLException"/> raised for a document that cannot be parsed.</summary>
internal static class SyntaxError
{
    public static GraphQLException At(ReadOnlySpan<byte> source, int position, string description) =>
        Create(description, Utf8Text.LocationOf(source, position), ErrorCodes.ParseFailed);

    public static GraphQLException Create(string description, SourceLocation location, string code) =>
        new(new GraphQLError(
            "Syntax Error: " + description,
            [location],
            extensions: new Dictionary<string, object?> { ["code"] = code }));
}
