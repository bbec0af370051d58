using System.Buffers;

namespace Flowserv.GraphQL.Language;

/// <summary>UTF-8 helpers shared by the lexer and syntax errors.</summary>
internal static class Utf8Text
{
    /// <summary>The number of code points in valid UTF-8 <paramref name="text"/>: every byte but continuation bytes.</summary>
    public static int CountCodePoints(ReadOnlySpan<byte> text)
    {
        var firstNonAscii = text.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (firstNonAscii < 0)
        {
            return text.Length;
        }

        var count = firstNonAscii;
        foreach (var b in text[firstNonAscii..])
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The 1-based line and code-point column of a byte offset; lines end at LF, CR or CRLF.</summary>
    public static SourceLocation LocationOf(ReadOnlySpan<byte> source, int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < source.Length; i++)
        {
            var b = source[i];
            if (b == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
            {
                i++;
            }
            else if (b is not ((byte)'\n' or (byte)'\r'))
            {
                continue;
            }

            line++;
            lineStart = i + 1;
        }

        var end = Math.Min(position, source.Length);
        return new SourceLocation(line, 1 + CountCodePoints(source[Math.Min(lineStart, end)..end]));
    }

    /// <summary>
    /// Encodes UTF-16 as UTF-8, writing a lone surrogate as its generalized 3-byte form (ED A0 80 for U+D800) so
    /// the lexer can report it the way graphql-js does rather than silently replacing it.
    /// </summary>
    public static int EncodeWithLoneSurrogates(ReadOnlySpan<char> source, Span<byte> destination)
    {
        var written = 0;
        while (true)
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(source, destination[written..], out var charsRead, out var bytesWritten, replaceInvalidSequences: false);
            written += bytesWritten;
            if (status == OperationStatus.Done)
            {
                return written;
            }

            int surrogate = source[charsRead];
            destination[written++] = (byte)(0xE0 | (surrogate >> 12));
            destination[written++] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            destination[written++] = (byte)(0x80 | (surrogate & 0x3F));
            source = source[(charsRead + 1)..];
        }
    }

    /// <summary>The lone surrogate encoded at <paramref name="position"/> by <see cref="EncodeWithLoneSurrogates"/>, if any.</summary>
    public static bool TryReadEncodedSurrogate(ReadOnlySpan<byte> source, int position, out int surrogate)
    {
        if (position + 2 < source.Length
            && source[position] == 0xED
            && source[position + 1] is >= 0xA0 and <= 0xBF
            && (source[position + 2] & 0xC0) == 0x80)
        {
            surrogate = 0xD000 | ((source[position + 1] & 0x3F) << 6) | (source[position + 2] & 0x3F);
            return true;
        }

        surrogate = 0;
        return false;
    }
}
