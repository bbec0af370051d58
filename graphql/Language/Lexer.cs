using System.Buffers;
using System.Globalization;
using System.Text;

namespace Flowserv.GraphQL.Language;

/// <summary>
/// The GraphQL lexer (spec 2.1) over UTF-8 source. It skips ignored tokens (BOM, white space, line terminators,
/// comments, commas) and allocates only for string values, which need decoding.
/// </summary>
public ref struct Lexer
{
    // Bytes that end a run of plain string characters: a quote, a backslash, a line terminator, or a
    // non-ASCII byte that must be validated as UTF-8.
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(StringStopBytes());

    private static readonly SearchValues<byte> NameContinue =
        SearchValues.Create("_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _line;
    private int _lineStart;

    // Columns count code points, so they are computed incrementally from the last token start on the same line.
    private int _columnAnchor;
    private int _columnAnchorValue;

    public Lexer(ReadOnlySpan<byte> utf8Source)
    {
        _source = utf8Source;
        _line = 1;
        _columnAnchorValue = 1;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1);
    }

    /// <summary>The current token; <see cref="TokenKind.StartOfFile"/> until the first <see cref="Advance"/>.</summary>
    public Token Token { get; private set; }

    /// <summary>The source text of a token (for names and numbers, their value).</summary>
    public readonly ReadOnlySpan<byte> TextOf(in Token token) => _source[token.Start..token.End];

    /// <summary>Moves to the next significant token; stays on <see cref="TokenKind.EndOfFile"/> once there.</summary>
    public Token Advance()
    {
        if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = ReadNextToken();
        }

        return Token;
    }

    /// <summary>The token after the current one, without consuming it.</summary>
    public readonly Token Lookahead()
    {
        var copy = this;
        return copy.Advance();
    }

    private Token ReadNextToken()
    {
        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            var b = source[position];
            switch (b)
            {
                case (byte)' ' or (byte)'\t' or (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    StartLine(++position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case 0xEF when source[position..].StartsWith("\uFEFF"u8):
                    position += 3;
                    continue;
                case (byte)'#':
                    position = SkipComment(position + 1);
                    continue;
                case (byte)'!': return Punctuator(TokenKind.Bang, position);
                case (byte)'$': return Punctuator(TokenKind.Dollar, position);
                case (byte)'&': return Punctuator(TokenKind.Ampersand, position);
                case (byte)'(': return Punctuator(TokenKind.ParenLeft, position);
                case (byte)')': return Punctuator(TokenKind.ParenRight, position);
                case (byte)':': return Punctuator(TokenKind.Colon, position);
                case (byte)'=': return Punctuator(TokenKind.Equals, position);
                case (byte)'@': return Punctuator(TokenKind.At, position);
                case (byte)'[': return Punctuator(TokenKind.BracketLeft, position);
                case (byte)']': return Punctuator(TokenKind.BracketRight, position);
                case (byte)'{': return Punctuator(TokenKind.BraceLeft, position);
                case (byte)'|': return Punctuator(TokenKind.Pipe, position);
                case (byte)'}': return Punctuator(TokenKind.BraceRight, position);
                case (byte)'.' when source[position..].StartsWith("..."u8):
                    return MakeToken(TokenKind.Spread, position, position + 3);
                case (byte)'"':
                    return source[position..].StartsWith("\"\"\""u8) ? ReadBlockString(position) : ReadString(position);
                case (byte)'\'':
                    throw Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
            }

            if (IsDigit(b) || b == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(b))
            {
                var end = source[(position + 1)..].IndexOfAnyExcept(NameContinue);
                return MakeToken(TokenKind.Name, position, end < 0 ? source.Length : position + 1 + end);
            }

            throw UnexpectedCharacter(position);
        }

        return MakeToken(TokenKind.EndOfFile, source.Length, source.Length);
    }

    private Token Punctuator(TokenKind kind, int position) => MakeToken(kind, position, position + 1);

    private Token MakeToken(TokenKind kind, int start, int end, string? value = null)
    {
        if (_columnAnchor < _lineStart)
        {
            _columnAnchor = _lineStart;
            _columnAnchorValue = 1;
        }

        _columnAnchorValue += Utf8Text.CountCodePoints(_source[_columnAnchor..start]);
        _columnAnchor = start;
        _position = end;
        return new Token(kind, start, end, _line, _columnAnchorValue, value);
    }

    private void StartLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    /// <summary>Skips a comment's text up to the line terminator; an invalid byte ends it and is then reported.</summary>
    private readonly int SkipComment(int position)
    {
        var source = _source;
        while (position < source.Length)
        {
            var b = source[position];
            if (b is (byte)'\n' or (byte)'\r')
            {
                break;
            }

            if (b < 0x80)
            {
                position++;
            }
            else if (Rune.DecodeFromUtf8(source[position..], out _, out var consumed) == OperationStatus.Done)
            {
                position += consumed;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>IntValue / FloatValue (spec 2.9.1, 2.9.2), including the lookahead restrictions.</summary>
    private Token ReadNumber(int start)
    {
        var source = _source;
        var position = start;
        var isFloat = false;
        if (source[position] == '-')
        {
            position++;
        }

        if (At(position) == '0')
        {
            position++;
            if (IsDigit(At(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (At(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (At(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (At(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        if (At(position) == '.' || IsNameStart(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }

        return MakeToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int position)
    {
        if (!IsDigit(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }

        do
        {
            position++;
        }
        while (IsDigit(At(position)));
        return position;
    }

    /// <summary>A quoted string (spec 2.9.4 StringValue) with its escape sequences decoded.</summary>
    private Token ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        var chunkStart = position;

        // Created only at the first escape sequence; strings without escapes decode in one go.
        var decoded = default(CharBuffer);
        var hasEscapes = false;
        try
        {
            while (position < source.Length)
            {
                var stop = source[position..].IndexOfAny(StringStops);
                if (stop < 0)
                {
                    position = source.Length;
                    break;
                }

                position += stop;
                var b = source[position];
                if (b == '"')
                {
                    var chunk = source[chunkStart..position];
                    string value;
                    if (hasEscapes)
                    {
                        decoded.AppendUtf8(chunk);
                        value = decoded.ToString();
                    }
                    else
                    {
                        value = Encoding.UTF8.GetString(chunk);
                    }

                    return MakeToken(TokenKind.String, start, position + 1, value);
                }

                if (b == '\\')
                {
                    if (!hasEscapes)
                    {
                        decoded = new CharBuffer(Math.Min(source.Length - chunkStart, 256));
                        hasEscapes = true;
                    }

                    decoded.AppendUtf8(source[chunkStart..position]);
                    position += ReadEscape(position, ref decoded);
                    chunkStart = position;
                    continue;
                }

                if (b is (byte)'\n' or (byte)'\r')
                {
                    break;
                }

                position += ReadNonAscii(position, "within String");
            }

            throw Error(position, "Unterminated string.");
        }
        finally
        {
            if (hasEscapes)
            {
                decoded.Dispose();
            }
        }
    }

    /// <summary>Decodes the escape sequence at <paramref name="position"/> and returns its length in bytes.</summary>
    private readonly int ReadEscape(int position, ref CharBuffer decoded)
    {
        var escaped = At(position + 1);
        if (escaped == 'u')
        {
            return At(position + 2) == '{'
                ? ReadVariableWidthUnicodeEscape(position, ref decoded)
                : ReadFixedWidthUnicodeEscape(position, ref decoded);
        }

        var character = escaped switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => throw Error(position, $"Invalid character escape sequence: \"{SliceUtf16(position, 2)}\"."),
        };
        decoded.Append(character);
        return 2;
    }

    /// <summary><c>\u{…}</c>: a Unicode scalar value in at most eight hex digits (September 2025 spec).</summary>
    private readonly int ReadVariableWidthUnicodeEscape(int position, ref CharBuffer decoded)
    {
        var point = 0;
        var size = 3;

        // At most \u{00000000}, 12 characters.
        while (size < 12)
        {
            var c = At(position + size++);
            if (c == '}')
            {
                // At least one digit, and the result must be a scalar value (not a surrogate, at most U+10FFFF).
                if (size < 5 || !Rune.IsValid(point))
                {
                    break;
                }

                decoded.Append(new Rune(point));
                return size;
            }

            point = (point << 4) | HexValue(c);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceUtf16(position, size)}\".");
    }

    /// <summary><c>\uXXXX</c>, where a JSON-style surrogate pair <c>\uD83D\uDE00</c> counts as one escape.</summary>
    private readonly int ReadFixedWidthUnicodeEscape(int position, ref CharBuffer decoded)
    {
        var code = ReadFourHexDigits(position + 2);
        if (Rune.IsValid(code))
        {
            decoded.Append((char)code);
            return 6;
        }

        if (code >= 0 && char.IsHighSurrogate((char)code) && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = ReadFourHexDigits(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                decoded.Append((char)code);
                decoded.Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceUtf16(position, 6)}\".");
    }

    /// <summary>The value of four hex digits, or a negative number if any is not a hex digit.</summary>
    private readonly int ReadFourHexDigits(int position) =>
        (HexValue(At(position)) << 12)
        | (HexValue(At(position + 1)) << 8)
        | (HexValue(At(position + 2)) << 4)
        | HexValue(At(position + 3));

    /// <summary>A block string (spec 2.9.4): raw text with only <c>\"""</c> unescaped, then <c>BlockStringValue()</c>.</summary>
    private Token ReadBlockString(int start)
    {
        var source = _source;
        var position = start + 3;
        var chunkStart = position;
        var lines = 0;
        var lastLineStart = _lineStart;
        var raw = new CharBuffer(256);
        try
        {
            while (position < source.Length)
            {
                var stop = source[position..].IndexOfAny(StringStops);
                if (stop < 0)
                {
                    position = source.Length;
                    break;
                }

                position += stop;
                var b = source[position];
                if (b == '"')
                {
                    if (source[position..].StartsWith("\"\"\""u8))
                    {
                        raw.AppendUtf8(source[chunkStart..position]);
                        var token = MakeToken(TokenKind.BlockString, start, position + 3, BlockString.Dedent(raw.Span));
                        _line += lines;
                        _lineStart = lastLineStart;
                        return token;
                    }

                    position++;
                }
                else if (b == '\\')
                {
                    if (source[(position + 1)..].StartsWith("\"\"\""u8))
                    {
                        // Drop only the backslash; the quotes stay in the value.
                        raw.AppendUtf8(source[chunkStart..position]);
                        chunkStart = position + 1;
                        position += 4;
                    }
                    else
                    {
                        position++;
                    }
                }
                else if (b is (byte)'\n' or (byte)'\r')
                {
                    position += b == '\r' && At(position + 1) == '\n' ? 2 : 1;
                    lines++;
                    lastLineStart = position;
                }
                else
                {
                    position += ReadNonAscii(position, "within String");
                }
            }

            throw Error(position, "Unterminated string.");
        }
        finally
        {
            raw.Dispose();
        }
    }

    /// <summary>Validates the UTF-8 sequence at <paramref name="position"/> and returns its length.</summary>
    private readonly int ReadNonAscii(int position, string context)
    {
        if (Rune.DecodeFromUtf8(_source[position..], out _, out var consumed) == OperationStatus.Done)
        {
            return consumed;
        }

        throw InvalidSequence(position, context);
    }

    private readonly GraphQLException UnexpectedCharacter(int position)
    {
        if (_source[position] >= 0x80 && Rune.DecodeFromUtf8(_source[position..], out _, out _) != OperationStatus.Done)
        {
            return InvalidSequence(position, null);
        }

        return Error(position, $"Unexpected character: {DescribeCodePointAt(position)}.");
    }

    private readonly GraphQLException InvalidSequence(int position, string? context)
    {
        var where = context is null ? string.Empty : " " + context;
        return Utf8Text.TryReadEncodedSurrogate(_source, position, out var surrogate)
            ? Error(position, $"Invalid character{where}: U+{surrogate:X4}.")
            : Error(position, $"Invalid UTF-8 byte{where}: 0x{_source[position]:X2}.");
    }

    /// <summary>Names a code point like graphql-js: printable ASCII quoted, others as U+XXXX, or &lt;EOF&gt;.</summary>
    private readonly string DescribeCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return TokenKind.EndOfFile.Describe();
        }

        var b = _source[position];
        if (b is >= 0x20 and <= 0x7E)
        {
            return b == '"' ? "'\"'" : $"\"{(char)b}\"";
        }

        Rune.DecodeFromUtf8(_source[position..], out var rune, out _);
        return "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The source text graphql-js quotes in an escape error: <paramref name="count"/> UTF-16 units from
    /// <paramref name="position"/>. A character that would be cut in half is left out rather than split.
    /// </summary>
    private readonly string SliceUtf16(int position, int count)
    {
        var end = position;
        var units = 0;
        while (end < _source.Length)
        {
            Rune.DecodeFromUtf8(_source[end..], out var rune, out var consumed);
            units += rune.Utf16SequenceLength;
            if (units > count)
            {
                break;
            }

            end += consumed;
        }

        return Encoding.UTF8.GetString(_source[position..end]);
    }

    private readonly GraphQLException Error(int position, string description) =>
        SyntaxError.At(_source, position, description);

    /// <summary>The byte at <paramref name="position"/> as a char, or NUL past the end (never a valid match).</summary>
    private readonly char At(int position) => position < _source.Length ? (char)_source[position] : '\0';

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    private static bool IsNameStart(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    private static byte[] StringStopBytes()
    {
        var bytes = new List<byte> { (byte)'"', (byte)'\\', (byte)'\n', (byte)'\r' };
        for (var b = 0x80; b <= 0xFF; b++)
        {
            bytes.Add((byte)b);
        }

        return [.. bytes];
    }
}
