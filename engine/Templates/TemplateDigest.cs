using System.Security.Cryptography;
using System.Text;

namespace Flowserv.Engine.Templates;

/// <summary>
/// A SHA-256 fingerprint of an installed workflow: its static files (sorted by relative path, each
/// hashed with its path and length) and its template. Equal installs give equal digests on any
/// machine, so the digest identifies exactly what a run executed.
/// </summary>
public static class TemplateDigest
{
    /// <summary>Lowercase hex digest of the files under <paramref name="staticDir"/> and <paramref name="template"/>.</summary>
    public static string Compute(string staticDir, WorkflowTemplate template)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var files = Directory.Exists(staticDir)
            ? Directory.EnumerateFiles(staticDir, "*", options)
                .Select(file => new ManifestFile(file, Path.GetRelativePath(staticDir, file).Replace('\\', '/')))
            : [];
        return Compute(files, template);
    }

    /// <summary>The same digest computed from the files to be installed, before copying them.</summary>
    public static string Compute(IEnumerable<ManifestFile> files, WorkflowTemplate template)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(file => file.TargetPath, StringComparer.Ordinal))
        {
            var content = File.ReadAllBytes(file.SourcePath);
            hash.AppendData(Encoding.UTF8.GetBytes("file\0" + file.TargetPath + "\0" + content.Length + "\0"));
            hash.AppendData(content);
        }
        hash.AppendData(Encoding.UTF8.GetBytes("template\0" + template.ToJson()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
