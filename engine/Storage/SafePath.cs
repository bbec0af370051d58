using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Storage;

/// <summary>
/// Joins user-supplied relative paths (file targets, archive entries, manifest targets, includes)
/// with a base folder so that the result can never escape that folder.
/// </summary>
public static class SafePath
{
    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>
    /// Returns the full path of <paramref name="relativePath"/> inside <paramref name="baseDir"/>.
    /// Rejects empty, rooted and <c>..</c> paths, and paths whose existing parts are symbolic links
    /// pointing outside the base folder, with an INVALID_PATH error.
    /// </summary>
    public static string Combine(string baseDir, string relativePath)
    {
        var segments = Normalize(relativePath);
        var root = Path.GetFullPath(baseDir);
        var combined = Path.GetFullPath(Path.Combine([root, .. segments]));
        if (!IsWithin(root, combined) || EscapesThroughLinks(root, segments))
        {
            throw ConstraintViolationException.InvalidPath(relativePath);
        }
        return combined;
    }

    /// <summary>
    /// Resolves <paramref name="relativePath"/> against <paramref name="fromDir"/> (a folder inside
    /// <paramref name="baseDir"/>, e.g. that of an including file): '..' is allowed as long as the
    /// result stays inside <paramref name="baseDir"/>.
    /// </summary>
    public static string CombineFrom(string baseDir, string fromDir, string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath))
        {
            throw ConstraintViolationException.InvalidPath(relativePath);
        }
        var root = Path.GetFullPath(baseDir);
        var relativeToRoot = Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, fromDir, relativePath)));
        try
        {
            return Combine(root, relativeToRoot);
        }
        catch (ConstraintViolationException)
        {
            throw ConstraintViolationException.InvalidPath(relativePath);
        }
    }

    /// <summary>
    /// Validates a relative path and returns it in canonical form ('/' separators, no '.' or empty
    /// segments), e.g. <c>./data//names.txt</c> becomes <c>data/names.txt</c>.
    /// </summary>
    public static string NormalizeRelative(string relativePath) => string.Join('/', Normalize(relativePath));

    private static string[] Normalize(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath)
            || Path.IsPathRooted(relativePath)
            || relativePath.StartsWith('~')
            || relativePath.Contains('\0', StringComparison.Ordinal))
        {
            throw ConstraintViolationException.InvalidPath(relativePath);
        }
        var segments = relativePath
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(segment => segment != ".")
            .ToArray();
        if (segments.Length == 0 || segments.Any(segment => segment.Trim() == ".."))
        {
            throw ConstraintViolationException.InvalidPath(relativePath);
        }
        return segments;
    }

    // A link created inside the folder (e.g. by an earlier run step) may point anywhere, so every
    // existing prefix of the path is resolved before the path is trusted.
    private static bool EscapesThroughLinks(string root, string[] segments)
    {
        var resolvedRoot = ResolveLinks(root);
        var current = root;
        foreach (var segment in segments)
        {
            current = Path.Combine(current, segment);
            if (!Path.Exists(current))
            {
                return false;
            }
            if (!IsWithin(resolvedRoot, ResolveLinks(current)))
            {
                return true;
            }
        }
        return false;
    }

    private static string ResolveLinks(string path)
    {
        var info = new FileInfo(path);
        FileSystemInfo resolved = info.Attributes.HasFlag(FileAttributes.Directory) ? new DirectoryInfo(path) : info;
        var target = resolved.LinkTarget is null ? null : resolved.ResolveLinkTarget(returnFinalTarget: true);
        var parent = Path.GetDirectoryName(path);
        if (target is not null)
        {
            return ResolveLinks(target.FullName);
        }
        return parent is null ? path : Path.Combine(ResolveLinks(parent), Path.GetFileName(path));
    }

    private static bool IsWithin(string root, string path)
    {
        var prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }
}
