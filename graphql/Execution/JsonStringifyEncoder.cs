using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Escapes strings exactly as JSON.stringify does, so responses match graphql-js byte for byte: only
/// quotes, backslashes and control characters are escaped (short forms where JSON has them, else
/// <c>\u00xx</c> in lower case); everything else, emoji and U+2028 included, is written as it is.
/// </summary>
internal sealed class JsonStringifyEncoder : JavaScriptEncoder
{
    public static readonly JsonStringifyEncoder Instance = new();

    private const string Escaped = "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F";

    private static readonly SearchValues<char> EscapedChars = SearchValues.Create(Escaped);

    private static readonly SearchValues<byte> EscapedBytes = SearchValues.Create(System.Text.Encoding.ASCII.GetBytes(Escaped));

    private JsonStringifyEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is < 0x20 or '"' or '\\';

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text) => utf8Text.IndexOfAny(EscapedBytes);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAny(EscapedChars);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var output = new Span<char>(buffer, bufferLength);
        if (!WillEncode(unicodeScalar))
        {
            return new Rune(unicodeScalar).TryEncodeToUtf16(output, out numberOfCharactersWritten);
        }

        var escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\f' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ => "\\u00" + unicodeScalar.ToString("x2", System.Globalization.CultureInfo.InvariantCulture),
        };
        numberOfCharactersWritten = escape.Length <= output.Length ? escape.Length : 0;
        return escape.AsSpan().TryCopyTo(output);
    }
}
