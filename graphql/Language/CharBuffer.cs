using System.Buffers;
using System.Text;

namespace Flowserv.GraphQL.Language;

/// <summary>A growable char buffer over pooled arrays, for decoding string tokens without intermediate strings.</summary>
internal struct CharBuffer : IDisposable
{
    private char[] _chars;
    private int _length;

    public CharBuffer(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        _length = 0;
    }

    public readonly ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public void Append(char c)
    {
        EnsureCapacity(1);
        _chars[_length++] = c;
    }

    public void Append(Rune rune)
    {
        EnsureCapacity(2);
        _length += rune.EncodeToUtf16(_chars.AsSpan(_length));
    }

    /// <summary>Appends already validated UTF-8.</summary>
    public void AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        // A UTF-8 sequence never decodes to more UTF-16 units than it has bytes.
        EnsureCapacity(utf8.Length);
        _length += Encoding.UTF8.GetChars(utf8, _chars.AsSpan(_length));
    }

    public override readonly string ToString() => new(Span);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        _length = 0;
    }

    private void EnsureCapacity(int additional)
    {
        if (_length + additional <= _chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + additional));
        _chars.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
