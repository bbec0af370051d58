using System.Security.Cryptography;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Validation;

namespace Flowserv.Bench.GraphQL;

internal sealed record DocumentResult(IReadOnlyList<Measurement> Measurements, int ResultBytes, string ResultSha256);

/// <summary>Parse, validate and execute of one document, timed like bench.mjs times them.</summary>
internal static class DocumentBench
{
    public static DocumentResult Run(BenchInputs inputs, BenchDocument document, BenchOptions options)
    {
        var parsed = Parser.Parse(document.Source);
        var errors = DocumentValidator.Validate(inputs.Schema, parsed);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{document.Name}: invalid document: {string.Join("; ", errors)}");
        }

        var args = new ExecutionArgs
        {
            Schema = inputs.Schema,
            Document = parsed,
            RootValue = inputs.RootValue,
            VariableValues = document.Variables,
        };
        var result = Executor.ExecuteAsync(args).GetAwaiter().GetResult();
        if (result.Errors is { Count: > 0 })
        {
            throw new InvalidOperationException($"{document.Name}: execution errors: {string.Join("; ", result.Errors)}");
        }

        var json = ExecutionResultWriter.ToUtf8Bytes(result);
        Measurement[] measurements =
        [
            Measurement.Of(document.Name, "parse", options, () => Parser.Parse(document.Source)),
            Measurement.Of(document.Name, "validate", options, () => DocumentValidator.Validate(inputs.Schema, parsed)),
            Measurement.Of(document.Name, "execute", options, () => Executor.ExecuteAsync(args).GetAwaiter().GetResult()),
        ];
        return new DocumentResult(measurements, json.Length, Convert.ToHexStringLower(SHA256.HashData(json)));
    }
}
