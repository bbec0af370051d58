namespace Flowserv.GraphQL.Language;

/// <summary>The lexical token kinds of spec 2.1 (comments and other ignored tokens are skipped by the lexer).</summary>
public enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    ParenLeft,
    ParenRight,
    Spread,
    Colon,
    Equals,
    At,
    BracketLeft,
    BracketRight,
    BraceLeft,
    Pipe,
    BraceRight,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

public static class TokenKindDescriptions
{
    private static readonly string[] Descriptions =
    [
        "<SOF>", "<EOF>", "\"!\"", "\"$\"", "\"&\"", "\"(\"", "\")\"", "\"...\"", "\":\"", "\"=\"", "\"@\"",
        "\"[\"", "\"]\"", "\"{\"", "\"|\"", "\"}\"", "Name", "Int", "Float", "String", "BlockString",
    ];

    /// <summary>How graphql-js names the kind in syntax errors: punctuators quoted, others by kind name.</summary>
    public static string Describe(this TokenKind kind) => Descriptions[(int)kind];
}
