namespace Flowserv.Engine.Tests.Services.Support;

/// <summary>Writes small workflow template folders for tests.</summary>
internal static class TemplateFolder
{
    /// <summary>A benchmark with one optional int parameter and int, float and optional string result columns.</summary>
    public const string Benchmark = """
        workflow:
            files:
                outputs: [results/result.json]
            steps:
            - name: score
              action:
                  environment: python
                  commands: ['${python} score.py']
        parameters:
            - name: size
              dtype: int
              defaultValue: 1
        results:
            file: results/result.json
            schema:
                - name: score
                  label: Score
                  dtype: int
                - name: time
                  label: Time
                  dtype: float
                - name: note
                  label: Note
                  dtype: string
                  required: false
            orderBy:
                - name: score
                - name: time
                  sortDesc: false
        """;

    /// <summary>A workflow that is not a benchmark (no result schema).</summary>
    public const string Plain = """
        workflow:
            steps:
            - name: hello
              action:
                  environment: python
                  commands: ['echo hello']
        """;

    public static string Write(string parent, string name, string template, string? workflowName = null)
    {
        var folder = Path.Combine(parent, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "benchmark.yaml"), template);
        File.WriteAllText(Path.Combine(folder, "flowserv.yaml"), $"name: '{workflowName ?? name}'\nspecfile: benchmark.yaml\n");
        return folder;
    }
}
