namespace Flowserv.Engine.Tests.Execution;

/// <summary>
/// A benchmark template whose only step runs the shell script given as the run's argument; the script must leave
/// <c>results/result.json</c> with an int <c>score</c>. Shared with other test projects as a linked source file.
/// </summary>
internal static class ScriptTemplate
{
    public const string Text = """
        workflow:
            files:
                outputs: [results/result.json]
            parameters:
                script: $[[script]]
            steps:
            - name: main
              action:
                  environment: 'alpine:3'
                  commands: ['${script}']
        parameters:
            - name: script
              dtype: string
        results:
            file: results/result.json
            schema:
                - name: score
                  label: Score
                  dtype: int
        """;

    public const string WritesScore = "mkdir -p results && echo '{\"score\": 7}' > results/result.json";
}
