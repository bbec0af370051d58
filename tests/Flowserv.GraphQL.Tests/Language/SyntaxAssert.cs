using System.Text;
using Flowserv.GraphQL.Language;

namespace Flowserv.GraphQL.Tests.Language;

/// <summary>Shared helpers: lexing a whole string, and asserting the exact syntax error graphql-js would raise.</summary>
internal static class SyntaxAssert
{
    public static List<Token> Lex(string source)
    {
        var lexer = new Lexer(Encoding.UTF8.GetBytes(source));
        var tokens = new List<Token>();
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            tokens.Add(lexer.Token);
        }

        return tokens;
    }

    public static Token LexOne(string source) => Lex(source)[0];

    /// <summary>The second token, read from a lexer that may fail only after it.</summary>
    public static Token LexSecond(string source)
    {
        var lexer = new Lexer(Encoding.UTF8.GetBytes(source));
        lexer.Advance();
        return lexer.Advance();
    }

    public static void Error(Action action, string message, int line, int column, string code = ErrorCodes.ParseFailed)
    {
        var exception = Assert.Throws<GraphQLException>(action);
        var error = Assert.Single(exception.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(code, error.Code);
        var location = Assert.Single(error.Locations!);
        Assert.Equal(new SourceLocation(line, column), location);
    }

    public static void LexError(string source, string message, int line, int column) =>
        Error(() => Lex(source), "Syntax Error: " + message, line, column);

    public static void ParseError(string source, string message, int line, int column) =>
        Error(() => Parser.Parse(source), "Syntax Error: " + message, line, column);
}
