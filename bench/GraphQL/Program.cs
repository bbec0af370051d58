using System.Text.Json;
using Flowserv.Bench.GraphQL;

// Runs the graphql-js benchmark's documents (bench/graphql-js) through our engine with the same loop,
// so bench/graphql-vs-js.sh can print ratios measured in one run on one machine.
var options = BenchOptions.Parse(args);
var inputs = BenchInputs.Load(options.InputDirectory, options.Only);
var report = new BenchReport(options);
foreach (var document in inputs.Documents)
{
    report.Add(DocumentBench.Run(inputs, document, options));
}

Console.Out.WriteLine(JsonSerializer.Serialize(report.ToJson(), new JsonSerializerOptions { WriteIndented = options.Pretty }));
