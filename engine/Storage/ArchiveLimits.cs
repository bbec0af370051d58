namespace Flowserv.Engine.Storage;

/// <summary>
/// Bounds on what an uploaded archive may unpack to, so a small "zip bomb" cannot fill the disk. Sizes
/// are counted as bytes are written, never taken from the archive's own (forgeable) headers.
/// </summary>
public sealed record ArchiveLimits(long MaxTotalBytes, int MaxEntries)
{
    public static ArchiveLimits Default { get; } = new(MaxTotalBytes: 1L << 30, MaxEntries: 10_000);
}
