using System.Formats.Tar;
using System.IO.Compression;
using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Storage;

/// <summary>
/// Unpacks a zip or tar.gz archive into a folder. Every entry path goes through <see cref="SafePath"/>;
/// links and device entries are refused, so an archive cannot write or point outside the folder; and
/// <see cref="ArchiveLimits"/> bound how much it may unpack.
/// </summary>
public static class ArchiveExtractor
{
    // Unix file-type bits in the high word of a zip entry's external attributes.
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymbolicLink = 0xA000;

    public static async Task ExtractAsync(string archivePath, string targetDirectory, CancellationToken cancellationToken, ArchiveLimits? limits = null)
    {
        var budget = new ExtractionBudget(limits ?? ArchiveLimits.Default);
        Directory.CreateDirectory(targetDirectory);
        await using var stream = FileStore.OpenRead(archivePath);
        var format = await DetectAsync(stream, cancellationToken);
        stream.Position = 0;
        switch (format)
        {
            case ArchiveFormat.Zip:
                await ExtractZipAsync(stream, targetDirectory, budget, cancellationToken);
                break;
            case ArchiveFormat.TarGz:
                await using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
                {
                    await ExtractTarAsync(gzip, targetDirectory, budget, cancellationToken);
                }
                break;
            default:
                throw ConstraintViolationException.InvalidArchive("unsupported archive format (expected zip or tar.gz)");
        }
    }

    private static async Task<ArchiveFormat?> DetectAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (read >= 4 && header[0] == (byte)'P' && header[1] == (byte)'K' && header[2] == 3 && header[3] == 4)
        {
            return ArchiveFormat.Zip;
        }
        return read >= 2 && header[0] == 0x1F && header[1] == 0x8B ? ArchiveFormat.TarGz : null;
    }

    private static async Task ExtractZipAsync(Stream stream, string targetDirectory, ExtractionBudget budget, CancellationToken cancellationToken)
    {
        await using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            budget.CountEntry();
            if (((entry.ExternalAttributes >> 16) & UnixFileTypeMask) == UnixSymbolicLink)
            {
                throw ConstraintViolationException.InvalidArchive($"archive entry '{entry.FullName}' is a symbolic link");
            }
            var path = SafePath.Combine(targetDirectory, entry.FullName);
            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
            {
                Directory.CreateDirectory(path);
                continue;
            }
            await using var content = await entry.OpenAsync(cancellationToken);
            await WriteNewFileAsync(path, content, entry.FullName, budget, cancellationToken);
        }
    }

    private static async Task ExtractTarAsync(Stream stream, string targetDirectory, ExtractionBudget budget, CancellationToken cancellationToken)
    {
        await using var reader = new TarReader(stream);
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            budget.CountEntry();
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(SafePath.Combine(targetDirectory, entry.Name));
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    var path = SafePath.Combine(targetDirectory, entry.Name);
                    await WriteNewFileAsync(path, entry.DataStream ?? Stream.Null, entry.Name, budget, cancellationToken);
                    break;
                case TarEntryType.GlobalExtendedAttributes:
                    break;
                default:
                    throw ConstraintViolationException.InvalidArchive(
                        $"archive entry '{entry.Name}' has unsupported type {entry.EntryType}");
            }
        }
    }

    // An archive may list the same path twice; the second copy could otherwise follow a link planted
    // between the two, so duplicates are an error rather than an overwrite.
    private static async Task WriteNewFileAsync(string path, Stream content, string entryName, ExtractionBudget budget, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream target;
        try
        {
            target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw ConstraintViolationException.InvalidArchive($"archive entry '{entryName}' appears twice");
        }
        await using (target)
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                budget.CountBytes(read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
    }

    private sealed class ExtractionBudget(ArchiveLimits limits)
    {
        private long bytes;
        private int entries;

        public void CountEntry()
        {
            if (++entries > limits.MaxEntries)
            {
                throw ConstraintViolationException.InvalidArchive($"archive has more than {limits.MaxEntries} entries");
            }
        }

        public void CountBytes(int count)
        {
            bytes += count;
            if (bytes > limits.MaxTotalBytes)
            {
                throw ConstraintViolationException.InvalidArchive($"archive unpacks to more than {limits.MaxTotalBytes} bytes");
            }
        }
    }

    private enum ArchiveFormat
    {
        Zip,
        TarGz,
    }
}
