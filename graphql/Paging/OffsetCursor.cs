using System.Globalization;
using System.Text;

namespace Flowserv.GraphQL.Paging;

/// <summary>HotChocolate's default cursors: base64 of the item's zero-based position in the (filtered, sorted) list.</summary>
public static class OffsetCursor
{
    public static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    /// <exception cref="GraphQLException">With code INVALID_CURSOR when <paramref name="cursor"/> was not made by <see cref="Encode"/>.</exception>
    public static int Decode(string cursor)
    {
        var bytes = new byte[cursor.Length];
        return Convert.TryFromBase64String(cursor, bytes, out var length) &&
            int.TryParse(Encoding.UTF8.GetString(bytes, 0, length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : throw new GraphQLException($"The cursor \"{cursor}\" is not valid.", PagingErrorCodes.InvalidCursor);
    }
}
