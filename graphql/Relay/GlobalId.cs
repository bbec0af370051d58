using System.Globalization;
using System.Text;

namespace Flowserv.GraphQL.Relay;

/// <summary>
/// Relay global object identifiers as HotChocolate writes them: base64 of "TypeName:rawId". Opaque to clients,
/// stable as long as the type name and the raw id are, and self-describing, so <c>node(id:)</c> can find the type.
/// </summary>
public static class GlobalId
{
    public static string Serialize(string typeName, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(id);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + id));
    }

    /// <summary>Splits a global id into its type name and raw id; false for anything <see cref="Serialize"/> cannot have produced.</summary>
    public static bool TryParse(string? globalId, out string typeName, out string id)
    {
        typeName = id = string.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length % 4 != 0)
        {
            return false;
        }

        var bytes = new byte[globalId.Length / 4 * 3];
        if (!Convert.TryFromBase64String(globalId, bytes, out var length))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        typeName = text[..separator];
        id = text[(separator + 1)..];
        return true;
    }

    /// <summary>The raw id of a global id of <paramref name="expectedTypeName"/>.</summary>
    /// <exception cref="InvalidIdException">When the id is malformed or belongs to another type.</exception>
    public static string Parse(string globalId, string expectedTypeName)
    {
        var (typeName, id) = Parse(globalId);
        return typeName == expectedTypeName
            ? id
            : throw new InvalidIdException($"The ID \"{globalId}\" is not an ID of a {expectedTypeName}.");
    }

    /// <summary>The type name and raw id of a global id.</summary>
    /// <exception cref="InvalidIdException">When the id is malformed.</exception>
    public static (string TypeName, string Id) Parse(string globalId) =>
        TryParse(globalId, out var typeName, out var id)
            ? (typeName, id)
            : throw new InvalidIdException($"The ID \"{globalId}\" is not a valid ID.");

    /// <summary>
    /// <see cref="Parse(string, string)"/> applied to a coerced argument value: a global id, a list of them (at any
    /// depth), or null, which stays null, as do null items.
    /// </summary>
    internal static object? ParseInput(object? value, string expectedTypeName) => value switch
    {
        null => null,
        IReadOnlyList<object?> items => items.Select(item => ParseInput(item, expectedTypeName)).ToArray(),
        _ => Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, expectedTypeName),
    };
}
