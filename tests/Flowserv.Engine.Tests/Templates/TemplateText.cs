namespace Flowserv.Engine.Tests.Templates;

/// <summary>Small YAML templates for tests: a one-step workflow plus the given sections.</summary>
internal static class TemplateText
{
    public const string Workflow = """
        workflow:
            files:
                inputs: [code/run.py]
                outputs: [results/out.txt]
            parameters:
                greeting: $[[greeting]]
            steps:
            - name: run
              action:
                  environment: python:3.9
                  commands:
                  - ${python} code/run.py --greeting "${greeting}"

        """;

    /// <summary>The workflow above with a <c>parameters</c> section holding <paramref name="declarations"/> (YAML list items).</summary>
    public static string WithParameters(string declarations) =>
        Workflow + "parameters:\n" + declarations + "\n";

    public const string Greeting = """
            - name: greeting
              dtype: string
              defaultValue: Hello
        """;
}
