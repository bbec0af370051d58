using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Services.Support;

/// <summary>
/// A common starting point: an administrator, the Hello World workflow, a group owned by a participant
/// and an uploaded names file.
/// </summary>
internal sealed record Scenario(EngineFixture Engine, Caller Admin, Caller Member, Workflow Workflow, WorkflowGroup Group, UploadedFile Names)
{
    public static async Task<Scenario> CreateAsync(EngineFixture engine)
    {
        var admin = await engine.SignInAsync("admin");
        var member = await engine.SignInAsync("member");
        var workflow = await engine.Workflows.CreateFromFolderAsync(admin, WorkflowService.SampleDirectory);
        var group = await engine.Groups.CreateAsync(member, workflow.Id, "Team A");
        var names = await engine.Uploads.UploadAsync(member, group.Id, "names.txt", Text("Alice\nBob\n"));
        return new Scenario(engine, admin, member, workflow, group, names);
    }

    public static MemoryStream Text(string content) => new(System.Text.Encoding.UTF8.GetBytes(content));

    public RunArgument NamesArgument(string? target = null) => new("names", File: new FileArgument(Names.Id, target));

    public Task<Run> StartAsync(params RunArgument[] extra) =>
        Engine.Runs.StartAsync(Member, Group.Id, [NamesArgument(), .. extra]);
}
