using System.Text;

namespace Flowserv.Engine.Execution.Processes;

/// <summary>
/// Turns a stream's bytes, in chunks of any size, into UTF-8 lines. Lines end at <c>\n</c>, and a <c>\r</c>
/// right before it is dropped; a lone <c>\r</c> (progress bars) stays in the text. A multi-byte character split
/// across chunks is reassembled; invalid bytes become U+FFFD rather than failing the step's log.
/// </summary>
internal sealed class Utf8LineSplitter
{
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private readonly StringBuilder pending = new();
    private readonly int maxLineLength;
    private char[] chars = [];

    public Utf8LineSplitter(int maxLineLength)
    {
        // A piece must be able to hold a whole surrogate pair.
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 2);
        this.maxLineLength = maxLineLength;
    }

    /// <summary>Adds the complete lines (and pieces of over-long lines) in <paramref name="bytes"/> to <paramref name="lines"/>.</summary>
    public void Split(ReadOnlySpan<byte> bytes, List<string> lines) => Decode(bytes, flush: false, lines);

    /// <summary>At the end of the stream: the unterminated last line, if any.</summary>
    public void Flush(List<string> lines)
    {
        Decode([], flush: true, lines);
        if (pending.Length > 0)
        {
            lines.Add(TakeLine());
        }
    }

    private void Decode(ReadOnlySpan<byte> bytes, bool flush, List<string> lines)
    {
        var needed = decoder.GetCharCount(bytes, flush);
        if (chars.Length < needed)
        {
            chars = new char[Math.Max(needed, chars.Length * 2)];
        }
        ReadOnlySpan<char> text = chars.AsSpan(0, decoder.GetChars(bytes, chars, flush));
        for (var end = text.IndexOf('\n'); end >= 0; end = text.IndexOf('\n'))
        {
            Append(text[..end], lines);
            lines.Add(TakeLine());
            text = text[(end + 1)..];
        }
        Append(text, lines);
    }

    private void Append(ReadOnlySpan<char> text, List<string> lines)
    {
        while (pending.Length + text.Length > maxLineLength)
        {
            var room = maxLineLength - pending.Length;
            pending.Append(text[..room]);
            text = text[room..];
            lines.Add(TakePiece());
        }
        pending.Append(text);
    }

    private string TakeLine()
    {
        var length = pending.Length > 0 && pending[^1] == '\r' ? pending.Length - 1 : pending.Length;
        var line = pending.ToString(0, length);
        pending.Clear();
        return line;
    }

    private string TakePiece()
    {
        // Never split a surrogate pair: the high half starts the next piece.
        var carry = char.IsHighSurrogate(pending[^1]);
        var piece = pending.ToString(0, carry ? pending.Length - 1 : pending.Length);
        pending.Remove(0, piece.Length);
        return piece;
    }
}
