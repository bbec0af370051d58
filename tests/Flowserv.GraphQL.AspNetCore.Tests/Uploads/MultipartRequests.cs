using System.Text;

namespace Flowserv.Tests.Support.Uploads;

/// <summary>The upload operations of this project's <see cref="Flowserv.GraphQL.AspNetCore.Tests.TestSchema"/>.</summary>
internal static partial class MultipartRequests
{
    public const string UploadMutation = "mutation ($file: Upload!) { upload(file: $file) { name contentType size sha256 } }";

    public const string UploadManyMutation = "mutation ($files: [Upload!]!) { uploadMany(files: $files) { name size sha256 } }";

    public static string Sha256(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
