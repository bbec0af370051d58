using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution;

/// <summary>
/// A benchmark whose only step (by default; see <see cref="Template"/>) runs the shell script given as the run's
/// argument, for driving the runner into each of its outcomes: it must leave <c>results/result.json</c> with an
/// int <c>score</c>.
/// </summary>
internal sealed record ScriptWorkflow(EngineFixture Engine, Caller Member, Workflow Workflow, WorkflowGroup Group)
{
    public const string Template = """
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

    public static async Task<ScriptWorkflow> CreateAsync(EngineFixture engine, string template = Template)
    {
        var admin = await engine.SignInAsync("admin");
        var member = await engine.SignInAsync("member");
        var folder = TemplateFolder.Write(engine.Directory.Path, "script", template, "Script");
        var workflow = await engine.Workflows.CreateFromFolderAsync(admin, folder);
        var group = await engine.Groups.CreateAsync(member, workflow.Id, "Scripts");
        return new ScriptWorkflow(engine, member, workflow, group);
    }

    public Task<Run> StartAsync(string script) => Engine.Runs.StartAsync(Member, Group.Id, [new RunArgument("script", script)]);

    public Task<Run> GetAsync(Run run) => Engine.Runs.GetAsync(Member, run.Id);
}
