using System.Text;
using Flowserv.GraphQL.Language;
using static Flowserv.GraphQL.Tests.Language.SyntaxAssert;

namespace Flowserv.GraphQL.Tests.Language;

public class LexerTests
{
    [Fact]
    public void Starts_at_start_of_file_and_stays_at_end_of_file()
    {
        var lexer = new Lexer("a"u8);
        Assert.Equal(TokenKind.StartOfFile, lexer.Token.Kind);
        Assert.Equal(TokenKind.Name, lexer.Advance().Kind);
        Assert.Equal(new Token(TokenKind.EndOfFile, 1, 1, 1, 2), lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Fact]
    public void Lookahead_does_not_consume()
    {
        var lexer = new Lexer("a b"u8);
        lexer.Advance();
        Assert.Equal(2, lexer.Lookahead().Start);
        Assert.Equal(0, lexer.Token.Start);
        Assert.Equal(2, lexer.Advance().Start);
    }

    [Fact]
    public void Ignores_byte_order_mark_anywhere()
    {
        Assert.Equal(new Token(TokenKind.Name, 4, 7, 1, 3), LexOne("\uFEFF foo"));
        Assert.Equal(new Token(TokenKind.Name, 5, 6, 1, 4), Lex("a \uFEFFb")[1]);
    }

    [Theory]
    [InlineData("\n\n    foo\n\n\n", 6, 9, 3, 5)]
    [InlineData("\r\n\r\n  foo\r\n\r\n", 6, 9, 3, 3)]
    [InlineData("\r\r  foo\r\r", 4, 7, 3, 3)]
    [InlineData("\t\tfoo\t\t", 2, 5, 1, 3)]
    [InlineData("\n    #comment\n    foo#comment\n", 18, 21, 3, 5)]
    [InlineData(",,,foo,,,", 3, 6, 1, 4)]
    [InlineData("#only a comment\nfoo", 16, 19, 2, 1)]
    [InlineData("\n\r\n\rfoo", 4, 7, 4, 1)]
    public void Skips_whitespace_comments_and_commas(string source, int start, int end, int line, int column) =>
        Assert.Equal(new Token(TokenKind.Name, start, end, line, column), LexOne(source));

    [Fact]
    public void Comments_may_hold_any_unicode()
    {
        var tokens = Lex("# caf\u00E9 \U0001F600 \u0000\nx");
        Assert.Equal(new Token(TokenKind.Name, 15, 16, 2, 1), Assert.Single(tokens));
    }

    [Fact]
    public void Columns_count_code_points_after_multibyte_characters()
    {
        // é is 2 bytes, ᄑ 3 and 😀 4; each is one column.
        var tokens = Lex("\"\u00E9\u1111\U0001F600\" x");
        Assert.Equal(new Token(TokenKind.Name, 12, 13, 1, 7), tokens[1]);
        Assert.Equal(new Token(TokenKind.Name, 14, 15, 2, 6), Lex("# \U0001F600\n\"\u00E9\u00E9\" x")[1]);
    }

    [Fact]
    public void Lexes_names()
    {
        Assert.Equal(new Token(TokenKind.Name, 0, 11, 1, 1), LexOne("_Abc_09_xyZ"));
        var lexer = new Lexer("  simple_Name1 "u8);
        var token = lexer.Advance();
        Assert.Equal("simple_Name1", Encoding.UTF8.GetString(lexer.TextOf(token)));
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.ParenLeft)]
    [InlineData(")", TokenKind.ParenRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    public void Lexes_punctuators(string source, TokenKind kind) =>
        Assert.Equal(new Token(kind, 0, source.Length, 1, 1), LexOne(source));

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E4", TokenKind.Float)]
    [InlineData("-1.123e-4", TokenKind.Float)]
    [InlineData("-1.123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void Lexes_numbers(string source, TokenKind kind) =>
        Assert.Equal(new Token(kind, 0, source.Length, 1, 1), LexOne(source));

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("01.23", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1E", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.0e\"", "Invalid number, expected digit but got: '\"'.", 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 6)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    [InlineData("1.0e+", "Invalid number, expected digit but got: <EOF>.", 6)]
    public void Reports_number_errors(string source, string message, int column) =>
        LexError(source, message, 1, column);

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unescaped maximal unicode outside BMP \U0010FFFF\"", "unescaped maximal unicode outside BMP \U0010FFFF")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \u0000")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \u0000")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"control \u0007 and \u0000 are source characters\"", "control \u0007 and \u0000 are source characters")]
    [InlineData("\"mixed \\u00e9t\u00E9 \\\\\"", "mixed \u00E9t\u00E9 \\")]
    public void Lexes_strings(string source, string value)
    {
        var token = LexOne(source);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(Encoding.UTF8.GetByteCount(source), token.End);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"no end quote", "Unterminated string.", 14)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 25)]
    [InlineData("\"bad \\uD83D\\not an escape\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 6)]
    [InlineData("\"\u00E9\u00E9\\q\"", "Invalid character escape sequence: \"\\q\".", 4)]
    [InlineData("\"\\uDE\U0001F600D\"", "Invalid Unicode escape sequence: \"\\uDE\U0001F600\".", 2)]
    [InlineData("\"\\u0\U0001F600\"", "Invalid Unicode escape sequence: \"\\u0\U0001F600\"\".", 2)]
    [InlineData("\"\\u00\U0001F600\"", "Invalid Unicode escape sequence: \"\\u00\U0001F600\".", 2)]

    // graphql-js quotes six UTF-16 units and would split the emoji; we leave the half character out.
    [InlineData("\"\\u000\U0001F600\"", "Invalid Unicode escape sequence: \"\\u000\".", 2)]
    public void Reports_string_errors(string source, string message, int column) =>
        Error(() => Parser.Parse(source), "Syntax Error: " + message, 1, column);

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps indent\n    second\"\"\"", "  first line keeps indent\nsecond")]
    [InlineData("\"\"\"\\\"\"\"\\\"\"\"\"\"\"", "\"\"\"\"\"\"")]
    public void Lexes_block_strings(string source, string value)
    {
        var token = LexOne(source);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(Encoding.UTF8.GetByteCount(source), token.End);
    }

    [Fact]
    public void Advances_lines_after_a_multi_line_block_string()
    {
        var source = "\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \n \"\"\" second_token";
        Assert.Equal(new Token(TokenKind.Name, 71, 83, 8, 6), LexSecond(source));

        var crlf = "\"\"\" \nspans \r\nmultiple \n\rlines \n\n\"\"\"\n second_token";
        Assert.Equal(new Token(TokenKind.Name, 37, 49, 8, 2), LexSecond(crlf));
    }

    [Theory]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 1, 5)]
    [InlineData("\"\"\"no end quote", "Unterminated string.", 1, 16)]
    [InlineData("\"\"\"a\nb", "Unterminated string.", 2, 2)]
    public void Reports_block_string_errors(string source, string message, int line, int column) =>
        Error(() => Parser.Parse(source), "Syntax Error: " + message, line, column);

    [Theory]
    [InlineData("..", "Unexpected character: \".\".")]
    [InlineData("~", "Unexpected character: \"~\".")]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("\u0000", "Unexpected character: U+0000.")]
    [InlineData("\b", "Unexpected character: U+0008.")]
    [InlineData("\u00AA", "Unexpected character: U+00AA.")]
    [InlineData("\u0AAA", "Unexpected character: U+0AAA.")]
    [InlineData("\u203B", "Unexpected character: U+203B.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("\uD800\uDC00", "Unexpected character: U+10000.")]
    [InlineData("\uDBFF\uDFFF", "Unexpected character: U+10FFFF.")]
    [InlineData("\uFEFE", "Unexpected character: U+FEFE.")]
    public void Reports_unexpected_characters(string source, string message) =>
        Error(() => Parser.Parse(source), "Syntax Error: " + message, 1, 1);

    [Fact]
    public void Errors_respect_whitespace() =>
        LexError("\n\n    ~\n", "Unexpected character: \"~\".", 3, 5);

    [Fact]
    public void Error_columns_count_code_points() =>
        LexError("\"\U0001F600\u00E9\" ~", "Unexpected character: \"~\".", 1, 6);

    [Theory]
    [InlineData(new byte[] { 0xFF }, "Invalid UTF-8 byte: 0xFF.", 1)]
    [InlineData(new byte[] { (byte)'{', (byte)' ', (byte)'a', (byte)' ', 0xC3 }, "Invalid UTF-8 byte: 0xC3.", 5)]
    [InlineData(new byte[] { (byte)'"', 0xC3, (byte)'"' }, "Invalid UTF-8 byte within String: 0xC3.", 2)]
    [InlineData(new byte[] { (byte)'"', (byte)'"', (byte)'"', 0x80, (byte)'"', (byte)'"', (byte)'"' }, "Invalid UTF-8 byte within String: 0x80.", 4)]
    [InlineData(new byte[] { (byte)'#', 0xFE, (byte)'\n' }, "Invalid UTF-8 byte: 0xFE.", 2)]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' }, "Invalid character within String: U+D800.", 2)]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98 }, "Invalid UTF-8 byte: 0xF0.", 1)]
    public void Rejects_invalid_utf8(byte[] source, string message, int column) =>
        Error(() => Parser.Parse(source), "Syntax Error: " + message, 1, column);

    /// <summary>Lone surrogates cannot live in attribute arguments, so these cases are built in code.</summary>
    [Fact]
    public void Reports_lone_surrogates_like_graphql_js()
    {
        const char high = '\uD83D';
        const char low = '\uDEAD';
        const char first = '\uD800';
        AssertError($"\"cannot escape half a pair \\uD83D{'\uDE00'} esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 28);
        AssertError($"\"bad surrogate {low}\"", "Invalid character within String: U+DEAD.", 16);
        AssertError($"\"bad high surrogate pair {low}{low}\"", "Invalid character within String: U+DEAD.", 26);
        AssertError($"\"bad low surrogate pair {first}{first}\"", "Invalid character within String: U+D800.", 25);
        AssertError($"\"cannot escape half a pair {high}\\uDE00 esc\"", "Invalid character within String: U+D83D.", 28);
        AssertError($"\"\"\"contains invalid surrogate {low}\"\"\"", "Invalid character within String: U+DEAD.", 31);
        AssertError(low.ToString(), "Invalid character: U+DEAD.", 1);

        static void AssertError(string source, string message, int column) =>
            Error(() => Parser.Parse(source), "Syntax Error: " + message, 1, column);
    }

    [Fact]
    public void Lone_surrogate_in_a_comment_ends_it_and_is_reported() =>
        Error(() => Parser.Parse("# bad \uD800\n{ a }"), "Syntax Error: Invalid character: U+D800.", 1, 7);
}
