using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Xunit.Abstractions;

namespace Flowserv.GraphQL.AspNetCore.Tests.Uploads;

/// <summary>
/// A 50 MB upload is streamed to disk, never held in memory: the managed heap (sampled throughout the
/// request, garbage included) grows by less than 10 MB over idle. The client generates its bytes on the
/// fly, so the process's growth is the server's; the test runs alone so no other test's allocations count.
/// </summary>
[Collection(nameof(UploadMemoryTests))]
public sealed class UploadMemoryTests(ITestOutputHelper output)
{
    private const long FileBytes = 50L * 1024 * 1024;
    private const long AllowedGrowth = 10L * 1024 * 1024;

    [Fact]
    public async Task A_50_MB_upload_grows_the_heap_by_less_than_10_MB()
    {
        await using var server = await TestServer.StartAsync();
        await UploadAsync(server, 1024 * 1024);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var idleHeap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var idleWorkingSet = process.WorkingSet64;

        long peakHeap = idleHeap, peakWorkingSet = idleWorkingSet;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                await Task.Delay(2);
            }
        });
        var (status, body) = await UploadAsync(server, FileBytes);
        await stop.CancelAsync();
        await sampler;

        output.WriteLine($"50 MB upload: GC heap peak +{(peakHeap - idleHeap) / 1024.0 / 1024.0:F1} MB, working set peak +{(peakWorkingSet - idleWorkingSet) / 1024.0 / 1024.0:F1} MB over idle");
        Assert.Equal(HttpStatusCode.OK, status);
        using var result = JsonDocument.Parse(body);
        var upload = result.RootElement.GetProperty("data").GetProperty("upload");
        Assert.Equal(FileBytes, upload.GetProperty("size").GetInt64());
        Assert.Equal(GeneratedContent.Sha256(FileBytes), upload.GetProperty("sha256").GetString());
        Assert.True(peakHeap - idleHeap < AllowedGrowth, $"The heap grew by {peakHeap - idleHeap} bytes.");
    }

    private static async Task<(HttpStatusCode Status, string Body)> UploadAsync(TestServer server, long length)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        using var request = MultipartRequests.Create(
            server.Endpoint,
            new { query = MultipartRequests.UploadMutation, variables = new { file = (object?)null } },
            new { f = new[] { "variables.file" } },
            [("f", "data.bin", new GeneratedContent(length))]);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Deterministic bytes written in small chunks, so the client never holds the file either.</summary>
    private sealed class GeneratedContent(long length) : HttpContent
    {
        private const int ChunkBytes = 64 * 1024;

        public static string Sha256(long length)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var chunk in Chunks(length))
            {
                hash.AppendData(chunk.Span);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            foreach (var chunk in Chunks(length))
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long computed)
        {
            computed = length;
            return true;
        }

        private static IEnumerable<ReadOnlyMemory<byte>> Chunks(long length)
        {
            var buffer = new byte[ChunkBytes];
            for (long offset = 0; offset < length; offset += ChunkBytes)
            {
                var size = (int)Math.Min(ChunkBytes, length - offset);
                for (var i = 0; i < size; i++)
                {
                    buffer[i] = (byte)((offset + i) * 31 % 251);
                }

                yield return buffer.AsMemory(0, size);
            }
        }
    }
}

[CollectionDefinition(nameof(UploadMemoryTests), DisableParallelization = true)]
public sealed class UploadMemoryTestsCollection;
