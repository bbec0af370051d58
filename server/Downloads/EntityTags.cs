using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Flowserv.Server.Downloads;

/// <summary>
/// ETags from a file's identity, size and last-write time: stored files never change in place (they are
/// replaced by a rename), so these change whenever the bytes may have. Hashed so that no id shows up in
/// a header and every tag is a valid quoted string.
/// </summary>
internal static class EntityTags
{
    public static EntityTagHeaderValue Of(bool isWeak, IEnumerable<(string Id, long Size, DateTime LastWriteUtc)> files)
    {
        var identity = new StringBuilder();
        foreach (var (id, size, lastWrite) in files)
        {
            identity.Append(CultureInfo.InvariantCulture, $"{id}\n{size}\n{lastWrite.Ticks}\n");
        }
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToString()));
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(digest, 0, 16)}\"", isWeak);
    }
}
