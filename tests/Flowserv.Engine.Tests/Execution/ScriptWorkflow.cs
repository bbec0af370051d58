using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution;

/// <summary>
/// A benchmark (by default <see cref="ScriptTemplate"/>) whose runs execute the shell script given as their
/// argument, for driving the runner into each of its outcomes.
/// </summary>
internal sealed record ScriptWorkflow(EngineFixture Engine, Caller Member, Workflow Workflow, WorkflowGroup Group)
{
    public const string Template = ScriptTemplate.Text;

    public const string WritesScore = ScriptTemplate.WritesScore;

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
