using System.Globalization;
using System.Text.Json;
using Flowserv.Bench.ApiSeed;
using Flowserv.Engine;
using Flowserv.Engine.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Seeds a fresh FLOWSERV_API_DIR for the API bench (bench/api-vs-js.sh) and prints the raw ids the bench needs as JSON.
// usage: dotnet Flowserv.Bench.ApiSeed.dll <api-dir> [groups=50] [runs=2000]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Flowserv.Bench.ApiSeed <api-dir> [groups=50] [runs=2000]");
    return 2;
}
var directory = Path.GetFullPath(args[0]);
var groups = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000;
if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
{
    Console.Error.WriteLine($"{directory} is not empty; the seeder only fills a fresh directory");
    return 2;
}

var options = new EngineOptions { ApiDirectory = directory, AuthMode = AuthMode.Open };
await using var provider = new ServiceCollection().AddFlowservEngine(options).BuildServiceProvider();
await provider.GetRequiredService<EngineInitializer>().InitializeAsync();
var seed = await ApiDataset.FillAsync(provider, groups, runs);
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Console.WriteLine(JsonSerializer.Serialize(seed, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
return 0;
