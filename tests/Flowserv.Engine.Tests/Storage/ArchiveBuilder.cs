using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Flowserv.Engine.Tests.Storage;

/// <summary>Builds zip and tar.gz archives with arbitrary (including hostile) entries.</summary>
internal static class ArchiveBuilder
{
    public static byte[] Zip(params (string Name, string Content)[] entries) => Zip(entries.Select(e => (e.Name, e.Content, 0)).ToArray());

    /// <summary>Entries with Unix mode bits in the high word of the external attributes (0xA1FF = symlink).</summary>
    public static byte[] Zip((string Name, string Content, int UnixMode)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, mode) in entries)
            {
                var entry = archive.CreateEntry(name);
                if (mode != 0)
                {
                    entry.ExternalAttributes = mode << 16;
                }
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return buffer.ToArray();
    }

    public static byte[] TarGz(params TarEntry[] entries)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            foreach (var entry in entries)
            {
                writer.WriteEntry(entry);
            }
        }
        return buffer.ToArray();
    }

    public static PaxTarEntry File(string name, string content) =>
        new(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) };

    public static PaxTarEntry Link(TarEntryType type, string name, string target) => new(type, name) { LinkName = target };

    public static string Save(string directory, byte[] archive)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".archive");
        System.IO.File.WriteAllBytes(path, archive);
        return path;
    }
}
