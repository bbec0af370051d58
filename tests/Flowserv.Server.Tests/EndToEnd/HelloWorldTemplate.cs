using System.IO.Compression;
using Flowserv.Engine.Services;

namespace Flowserv.Server.Tests.EndToEnd;

/// <summary>The Hello World benchmark template (engine/Samples/HelloWorld) as its administrator uploads it.</summary>
public static class HelloWorldTemplate
{
    public const string GreetingsFile = "results/greetings.txt";

    public const string AnalyticsFile = "results/analytics.json";

    public const string PostprocessingFile = "results/compare.json";

    /// <summary>The template folder as a zip with one top-level folder, the way it is usually packed.</summary>
    public static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        ZipFile.CreateFromDirectory(WorkflowService.SampleDirectory, buffer, CompressionLevel.Fastest, includeBaseDirectory: true);
        return buffer.ToArray();
    }
}
