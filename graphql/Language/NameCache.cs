using System.Buffers.Binary;
using System.Text;

namespace Flowserv.GraphQL.Language;

/// <summary>
/// Interns the short ASCII strings a document repeats (names, small numbers), so parsing the same or similar
/// documents again allocates no new strings for them. Direct-mapped and per thread: bounded, lock-free, and a
/// collision only costs an allocation.
/// </summary>
internal static class NameCache
{
    private const int Size = 1024;
    private const int MaxLength = 32;

    [ThreadStatic]
    private static string?[]? t_entries;

    /// <summary>This thread's cache; a parser fetches it once rather than per name.</summary>
    public static string?[] ForCurrentThread => t_entries ??= new string?[Size];

    public static string Get(string?[] entries, ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxLength)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        ref var entry = ref entries[Hash(ascii) & (Size - 1)];
        if (entry is not null && Ascii.Equals(ascii, entry))
        {
            return entry;
        }

        return entry = Encoding.ASCII.GetString(ascii);
    }

    /// <summary>Mixes the first and last eight bytes and the length: names are short, so this sees most of them.</summary>
    private static uint Hash(ReadOnlySpan<byte> ascii)
    {
        ulong head = 0;
        ulong tail = 0;
        if (ascii.Length >= sizeof(ulong))
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(ascii);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(ascii[^sizeof(ulong)..]);
        }
        else
        {
            foreach (var b in ascii)
            {
                head = (head << 8) | b;
            }
        }

        var hash = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)ascii.Length;
        hash ^= hash >> 29;
        return (uint)(hash ^ (hash >> 32));
    }
}
