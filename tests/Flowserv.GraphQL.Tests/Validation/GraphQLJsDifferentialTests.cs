using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Utilities;
using Flowserv.GraphQL.Validation;

namespace Flowserv.GraphQL.Tests.Validation;

/// <summary>
/// Differential validation test: every document of the corpus in Validation/Corpus is parsed and validated
/// by Flowserv.GraphQL and by graphql-js 16.15.0 (tests/conformance/validate-oracle.mjs, run once with node).
/// Both must agree on the verdict (VALID / INVALID / SYNTAX) and, for INVALID documents, on the SET of
/// violated rules, with our spec rule names mapped to graphql-js rule names. Documents listed in
/// tests/conformance/known-differences.json (September-2025 rules, documented graphql-js bugs) are checked
/// against their recorded expectation instead. All mismatches are reported in one assertion message.
/// </summary>
[Trait("Category", "GraphQLJsDifferential")]
public sealed class GraphQLJsDifferentialTests
{
    /// <summary>Our rule names (spec section-5 headings, <c>GraphQLError.Extensions["rule"]</c>) → graphql-js rule names.</summary>
    private static readonly IReadOnlyDictionary<string, string> GraphQLJsRuleFor = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ExecutableDefinitions"] = "ExecutableDefinitionsRule",
        ["OperationTypeExistence"] = "KnownOperationTypesRule", // graphql-js 17 only
        ["OperationNameUniqueness"] = "UniqueOperationNamesRule",
        ["LoneAnonymousOperation"] = "LoneAnonymousOperationRule",
        ["SubscriptionSingleRootField"] = "SingleFieldSubscriptionsRule",
        ["FieldSelections"] = "FieldsOnCorrectTypeRule",
        ["FieldSelectionMerging"] = "OverlappingFieldsCanBeMergedRule",
        ["LeafFieldSelections"] = "ScalarLeafsRule",
        ["ArgumentNames"] = "KnownArgumentNamesRule",
        ["ArgumentUniqueness"] = "UniqueArgumentNamesRule",
        ["RequiredArguments"] = "ProvidedRequiredArgumentsRule",
        ["FragmentNameUniqueness"] = "UniqueFragmentNamesRule",
        ["FragmentSpreadTypeExistence"] = "KnownTypeNamesRule", // graphql-js also uses it for unknown variable types
        ["FragmentsOnCompositeTypes"] = "FragmentsOnCompositeTypesRule",
        ["FragmentsMustBeUsed"] = "NoUnusedFragmentsRule",
        ["FragmentSpreadTargetDefined"] = "KnownFragmentNamesRule",
        ["FragmentSpreadsMustNotFormCycles"] = "NoFragmentCyclesRule",
        ["FragmentSpreadIsPossible"] = "PossibleFragmentSpreadsRule",
        ["ValuesOfCorrectType"] = "ValuesOfCorrectTypeRule",
        ["InputObjectFieldNames"] = "ValuesOfCorrectTypeRule",
        ["InputObjectFieldUniqueness"] = "UniqueInputFieldNamesRule",
        ["InputObjectRequiredFields"] = "ValuesOfCorrectTypeRule",
        ["DirectivesAreDefined"] = "KnownDirectivesRule",
        ["DirectivesAreInValidLocations"] = "KnownDirectivesRule",
        ["DirectivesAreUniquePerLocation"] = "UniqueDirectivesPerLocationRule",
        ["VariableUniqueness"] = "UniqueVariableNamesRule",
        ["VariablesAreInputTypes"] = "VariablesAreInputTypesRule",
        ["AllVariableUsesDefined"] = "NoUndefinedVariablesRule",
        ["AllVariablesUsed"] = "NoUnusedVariablesRule",
        ["AllVariableUsagesAreAllowed"] = "VariablesInAllowedPositionRule",
    };

    private static readonly Lazy<string> RepoRoot = new(FindRepoRoot);

    private static string CorpusDir => Path.Combine(RepoRoot.Value, "tests", "Flowserv.GraphQL.Tests", "Validation", "Corpus");

    private static string ConformanceDir => Path.Combine(RepoRoot.Value, "tests", "conformance");

    [Fact]
    public void EveryCorpusDocumentAgreesWithGraphQLJs()
    {
        var oracle = RunOracle();
        var known = LoadKnownDifferences();
        var schemas = new Dictionary<string, GraphQLSchema>(StringComparer.Ordinal);

        var mismatches = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var tally = new Dictionary<string, int>(StringComparer.Ordinal); // "missing X" / "extra X" → documents
        var checkedDocuments = 0;

        foreach (var entry in oracle)
        {
            checkedDocuments++;
            var hasKnown = known.TryGetValue(entry.File, out var knownDifference);
            var expected = hasKnown ? knownDifference!.Expected : new Expectation(entry.Verdict, entry.Rules);

            if (!schemas.TryGetValue(entry.Schema, out var schema))
            {
                schema = SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(CorpusDir, entry.Schema)));
                schemas[entry.Schema] = schema;
            }

            var ours = RunOurs(schema, Path.Combine(CorpusDir, entry.File));
            counts[ours.Verdict] = counts.GetValueOrDefault(ours.Verdict) + 1;

            var problem = Compare(expected, ours);
            if (problem is null)
            {
                continue;
            }

            foreach (var rule in expected.Rules.Except(ours.GraphQLJsRules))
            {
                tally["missing " + rule] = tally.GetValueOrDefault("missing " + rule) + 1;
            }

            foreach (var rule in ours.GraphQLJsRules.Except(expected.Rules))
            {
                tally["extra " + rule] = tally.GetValueOrDefault("extra " + rule) + 1;
            }

            var report = new StringBuilder();
            report.Append("--- ").Append(entry.File).Append(": ").AppendLine(problem);
            if (hasKnown)
            {
                report.Append("    known difference: ").AppendLine(knownDifference!.Reason);
            }

            report.Append("    expected  : ").Append(Describe(expected.Verdict, expected.Rules));
            report.AppendLine(hasKnown ? "  (known-differences.json)" : "  (graphql-js 16.15.0)");
            report.Append("    graphql-js: ").AppendLine(Describe(entry.Verdict, entry.Rules));
            foreach (var error in entry.Errors)
            {
                report.Append("        - ").AppendLine(error);
            }

            report.Append("    graphql-js 17: ").AppendLine(Describe(entry.V17Verdict, entry.V17Rules));
            report.Append("    ours      : ").AppendLine(Describe(ours.Verdict, ours.GraphQLJsRules));
            foreach (var error in ours.Errors)
            {
                report.Append("        - ").AppendLine(error);
            }

            mismatches.Add(report.ToString());
        }

        Assert.True(checkedDocuments >= 450, $"expected at least 450 corpus documents, the oracle reported {checkedDocuments}");
        var summary = string.Join(", ", counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        var byRule = string.Join("\n", tally.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"  {kv.Value,4} documents: {kv.Key}"));
        Assert.True(
            mismatches.Count == 0,
            $"{mismatches.Count} of {checkedDocuments} corpus documents disagree with graphql-js (ours: {summary}).\n" +
            "Corpus: tests/Flowserv.GraphQL.Tests/Validation/Corpus; oracle: node tests/conformance/validate-oracle.mjs; " +
            "deliberate differences: tests/conformance/known-differences.json.\n" +
            "Rules (graphql-js names) missing from / extra in our errors:\n" + byRule + "\n\n" +
            string.Join("\n", mismatches));
    }

    [Fact]
    public void KnownDifferencesAreStillRecordedCorrectly()
    {
        // Guards known-differences.json itself: each entry must name a corpus document, and graphql-js 16 must
        // still answer what the file says it answers (otherwise the entry is stale and should be removed).
        var oracle = RunOracle().ToDictionary(e => e.File, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (file, difference) in LoadKnownDifferences())
        {
            if (!oracle.TryGetValue(file, out var entry))
            {
                problems.Add($"{file}: listed in known-differences.json but not in the corpus");
                continue;
            }

            if (entry.Verdict != difference.GraphQLJs16.Verdict || !entry.Rules.SetEquals(difference.GraphQLJs16.Rules))
            {
                problems.Add(
                    $"{file}: known-differences.json records graphql-js 16 as {Describe(difference.GraphQLJs16.Verdict, difference.GraphQLJs16.Rules)}, " +
                    $"but the oracle now says {Describe(entry.Verdict, entry.Rules)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("schema.graphql")]
    [InlineData("no-subscription/schema-no-subscription.graphql")]
    public async Task IntrospectionOfCorpusSchemaAgreesWithGraphQLJs(string schemaFile)
    {
        // Our introspection of the schema must rebuild in graphql-js (buildClientSchema + assertValidSchema),
        // graphql-js's printSchema of it must equal our SchemaPrinter output, and ~28 introspection queries must
        // give byte-identical responses (tests/conformance/introspection-check.mjs, run once).
        var schema = SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(CorpusDir, schemaFile)));
        var executor = new RequestExecutor(schema);
        var introspectionQuery = File.ReadAllText(Path.Combine(ConformanceDir, "introspection-query.graphql"));
        var introspection = await executor.ExecuteAsync(new GraphQLRequest { Query = introspectionQuery });

        var work = Directory.CreateTempSubdirectory("flowserv-introspection-");
        try
        {
            var introspectionFile = Path.Combine(work.FullName, "introspection.json");
            var sdlFile = Path.Combine(work.FullName, "schema.graphql");
            await File.WriteAllBytesAsync(introspectionFile, ExecutionResultWriter.ToUtf8Bytes(introspection));
            await File.WriteAllTextAsync(sdlFile, SchemaPrinter.Print(schema));

            EnsureNodeModules();
            var json = RunProcess(
                "node",
                [Path.Combine(ConformanceDir, "introspection-check.mjs"), introspectionFile, sdlFile],
                RepoRoot.Value,
                TimeSpan.FromMinutes(2),
                allowedExitCodes: [0, 1]);

            using var report = JsonDocument.Parse(json);
            var root = report.RootElement;
            var problems = new List<string>();
            foreach (var check in root.GetProperty("checks").EnumerateObject())
            {
                if (!check.Value.GetProperty("ok").GetBoolean())
                {
                    problems.Add($"check {check.Name} failed: {check.Value.GetRawText()}");
                }
            }

            foreach (var query in root.GetProperty("queries").EnumerateArray())
            {
                var name = query.GetProperty("name").GetString();
                var variables = query.GetProperty("variables");
                var result = await executor.ExecuteAsync(new GraphQLRequest
                {
                    Query = query.GetProperty("query").GetString()!,
                    Variables = variables.ValueKind == JsonValueKind.Null ? null : variables.Clone(),
                });
                var ours = Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result));
                if (query.GetProperty("kind").GetString() == "data")
                {
                    var expected = query.GetProperty("expectedJson").GetString()!;
                    if (ours != expected)
                    {
                        var i = 0;
                        while (i < ours.Length && i < expected.Length && ours[i] == expected[i])
                        {
                            i++;
                        }

                        var from = Math.Max(0, i - 80);
                        problems.Add(
                            $"query \"{name}\": response differs at char {i}\n" +
                            $"    graphql-js: …{expected[from..Math.Min(expected.Length, i + 120)]}\n" +
                            $"    ours      : …{ours[from..Math.Min(ours.Length, i + 120)]}");
                    }
                }
                else if (result.HasData || result.Errors is not { Count: > 0 })
                {
                    problems.Add($"query \"{name}\": expected a request error (no data, at least one error), ours: {Truncate(ours, 400)}");
                }
            }

            Assert.True(problems.Count == 0, $"{schemaFile}: {problems.Count} introspection differences vs graphql-js {root.GetProperty("oracle").GetString()}:\n" + string.Join("\n", problems));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string? Compare(Expectation expected, OurResult ours)
    {
        if (ours.Verdict == "CRASH")
        {
            return "our parser/validator threw an unexpected exception";
        }

        if (expected.Verdict == "CRASH")
        {
            return "graphql-js crashes on this document; record the spec answer in known-differences.json";
        }

        if (expected.Verdict != ours.Verdict)
        {
            return $"verdict differs (expected {expected.Verdict}, ours {ours.Verdict})";
        }

        if (expected.Verdict == "INVALID" && !expected.Rules.SetEquals(ours.GraphQLJsRules))
        {
            var missing = expected.Rules.Except(ours.GraphQLJsRules).Order(StringComparer.Ordinal);
            var extra = ours.GraphQLJsRules.Except(expected.Rules).Order(StringComparer.Ordinal);
            return $"rules differ (missing: [{string.Join(", ", missing)}], extra: [{string.Join(", ", extra)}])";
        }

        return null;
    }

    private static OurResult RunOurs(GraphQLSchema schema, string path)
    {
        var source = File.ReadAllText(path);
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLException e)
        {
            return new OurResult("SYNTAX", new HashSet<string>(StringComparer.Ordinal), e.Errors.Select(Format).ToList());
        }
        catch (Exception e)
        {
            return new OurResult("CRASH", new HashSet<string>(StringComparer.Ordinal), [$"Parser.Parse threw {e.GetType().Name}: {e.Message}"]);
        }

        IReadOnlyList<GraphQLError> errors;
        try
        {
            errors = DocumentValidator.Validate(schema, document);
        }
        catch (Exception e)
        {
            return new OurResult("CRASH", new HashSet<string>(StringComparer.Ordinal), [$"DocumentValidator.Validate threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}"]);
        }

        var rules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            var rule = error.Extensions is not null && error.Extensions.TryGetValue("rule", out var value) ? value as string : null;
            if (rule is null)
            {
                rules.Add("<error without extensions.rule>");
            }
            else
            {
                rules.Add(GraphQLJsRuleFor.TryGetValue(rule, out var jsRule) ? jsRule : $"<unmapped rule {rule}>");
            }
        }

        return new OurResult(errors.Count == 0 ? "VALID" : "INVALID", rules, errors.Select(Format).ToList());
    }

    private static string Format(GraphQLError error)
    {
        var rule = error.Extensions is not null && error.Extensions.TryGetValue("rule", out var value) ? value as string : null;
        var locations = error.Locations is null ? "" : " @" + string.Join(",", error.Locations.Select(l => $"{l.Line}:{l.Column}"));
        return (rule is null ? "" : $"[{rule}] ") + error.Message + locations;
    }

    private static string Describe(string verdict, IReadOnlySet<string> rules) =>
        rules.Count == 0 ? verdict : $"{verdict} [{string.Join(", ", rules.Order(StringComparer.Ordinal))}]";

    // ---- graphql-js oracle -------------------------------------------------------------------------------

    private static readonly Lazy<IReadOnlyList<OracleEntry>> OracleResult = new(RunOracleOnce);

    private static IReadOnlyList<OracleEntry> RunOracle() => OracleResult.Value;

    private static IReadOnlyList<OracleEntry> RunOracleOnce()
    {
        EnsureNodeModules();
        var json = RunProcess(
            "node",
            [Path.Combine(ConformanceDir, "validate-oracle.mjs"), "--schema", Path.Combine(CorpusDir, "schema.graphql"), CorpusDir],
            RepoRoot.Value,
            TimeSpan.FromMinutes(3));

        using var document = JsonDocument.Parse(json);
        var entries = new List<OracleEntry>();
        foreach (var doc in document.RootElement.GetProperty("documents").EnumerateArray())
        {
            var v17 = doc.GetProperty("v17");
            entries.Add(new OracleEntry(
                doc.GetProperty("file").GetString()!,
                doc.GetProperty("schema").GetString()!,
                doc.GetProperty("verdict").GetString()!,
                ReadRules(doc.GetProperty("rules")),
                doc.GetProperty("errors").EnumerateArray().Select(FormatOracleError).ToList(),
                v17.GetProperty("verdict").GetString()!,
                ReadRules(v17.GetProperty("rules"))));
        }

        Assert.NotEmpty(entries);
        return entries;
    }

    private static string FormatOracleError(JsonElement error)
    {
        var message = error.GetProperty("message").GetString();
        if (!error.TryGetProperty("locations", out var locations) || locations.ValueKind != JsonValueKind.Array || locations.GetArrayLength() == 0)
        {
            return message ?? "";
        }

        return message + " @" + string.Join(",", locations.EnumerateArray().Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}"));
    }

    private static HashSet<string> ReadRules(JsonElement array) =>
        new(array.EnumerateArray().Select(r => r.GetString()!), StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, KnownDifference> LoadKnownDifferences()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(ConformanceDir, "known-differences.json")));
        var result = new Dictionary<string, KnownDifference>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.GetProperty("documents").EnumerateArray())
        {
            result[entry.GetProperty("file").GetString()!] = new KnownDifference(
                entry.GetProperty("reason").GetString()!,
                ReadExpectation(entry.GetProperty("expected")),
                ReadExpectation(entry.GetProperty("graphqlJs16")));
        }

        return result;
    }

    private static Expectation ReadExpectation(JsonElement element) =>
        new(element.GetProperty("verdict").GetString()!, ReadRules(element.GetProperty("rules")));

    /// <summary>Installs the pinned graphql-js packages (npm ci, from package-lock.json) when node_modules is missing.</summary>
    private static void EnsureNodeModules()
    {
        if (File.Exists(Path.Combine(ConformanceDir, "node_modules", "graphql", "package.json")) &&
            File.Exists(Path.Combine(ConformanceDir, "node_modules", "graphql17", "package.json")))
        {
            return;
        }

        RunProcess("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], ConformanceDir, TimeSpan.FromMinutes(5));
    }

    private static string RunProcess(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, int[]? allowedExitCodes = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {fileName}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{fileName}' is not available ({e.Message}); Node.js 20+ and npm are required for the graphql-js differential tests.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}");
            }

            process.WaitForExit();
            if (!(allowedExitCodes ?? [0]).Contains(process.ExitCode))
            {
                throw new InvalidOperationException(
                    $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stderr.Result}\n{Truncate(stdout.Result, 2000)}");
            }

            return stdout.Result;
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    /// <summary>
    /// The folder holding Flowserv.GraphQL.sln: walked up to from the test binaries (the normal layout), else from
    /// this source file's compile-time path (builds with an --artifacts-path outside the repo), else from the
    /// current directory.
    /// </summary>
    private static string FindRepoRoot()
    {
        var starts = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(ThisSourceFile()), Environment.CurrentDirectory };
        foreach (var start in starts)
        {
            if (string.IsNullOrEmpty(start) || !Directory.Exists(start))
            {
                continue;
            }

            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Flowserv.GraphQL.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Flowserv.GraphQL.sln not found above {string.Join(" or ", starts)}");
    }

    private static string ThisSourceFile([CallerFilePath] string path = "") => path;

    private sealed record OracleEntry(
        string File,
        string Schema,
        string Verdict,
        HashSet<string> Rules,
        IReadOnlyList<string> Errors,
        string V17Verdict,
        HashSet<string> V17Rules);

    private sealed record Expectation(string Verdict, HashSet<string> Rules);

    private sealed record KnownDifference(string Reason, Expectation Expected, Expectation GraphQLJs16);

    private sealed record OurResult(string Verdict, HashSet<string> GraphQLJsRules, IReadOnlyList<string> Errors);
}
