using Flowserv.Engine.Execution;
using Flowserv.Engine.Tests.Execution;
using Flowserv.GraphQL.Relay;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Subscriptions;

/// <summary>groupRunsChanged and workflowRunsChanged: live by default, replayable, each event only for callers who may see its run.</summary>
public sealed class RunStreamTests
{
    private const string GroupRuns =
        "subscription ($id: ID!, $after: Long) { groupRunsChanged(groupId: $id, afterSequence: $after) { sequence kind run { id state } } }";

    private const string WorkflowRuns =
        "subscription ($id: ID!, $after: Long) { workflowRunsChanged(workflowId: $id, afterSequence: $after) { sequence kind run { id state } } }";

    [Fact]
    public async Task WithoutASequenceNumberAMemberGetsOnlyNewEventsAndWithOneTheReplay()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var earlier = await scripts.StartAsync(ScriptWorkflow.WritesScore);
        var groupId = GlobalId.Serialize("Group", scripts.Group.Id);
        await using var live = await LiveOperation.StartAsync(fixture, GroupRuns, scripts.Member, Ids.Variables(("id", groupId), ("after", null)));
        await using var replay = await LiveOperation.StartAsync(fixture, GroupRuns, scripts.Member, Ids.Variables(("id", groupId), ("after", 0L)));

        var later = await scripts.StartAsync(ScriptWorkflow.WritesScore);

        Assert.Equal((2L, "CREATED", Ids.Run(later.Id), "PENDING"), RunEventData.Read(await live.NextAsync(), "groupRunsChanged"));
        Assert.Equal(
            [(1L, "CREATED", Ids.Run(earlier.Id), "PENDING"), (2L, "CREATED", Ids.Run(later.Id), "PENDING")],
            (await replay.TakeAsync(2)).Select(data => RunEventData.Read(data, "groupRunsChanged")));
    }

    [Fact]
    public async Task OutsidersCannotFollowAGroup()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var outsider = await fixture.Engine.SignInAsync("outsider");

        await using var refused = await LiveOperation.StartAsync(
            fixture, GroupRuns, outsider, Ids.Variables(("id", GlobalId.Serialize("Group", scripts.Group.Id)), ("after", 0L)));

        Assert.Equal(["UNAUTHORIZED"], refused.RefusalCodes());
    }

    [Fact]
    public async Task AWorkflowStreamShowsEachCallerOnlyTheRunsOfTheirGroups()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var outsider = await fixture.Engine.SignInAsync("outsider");
        var outsiderGroup = await fixture.Engine.Groups.CreateAsync(outsider, scripts.Workflow.Id, "Outsiders");
        var memberRun = await scripts.StartAsync(ScriptWorkflow.WritesScore);
        var outsiderRun = await fixture.Engine.Runs.StartAsync(outsider, outsiderGroup.Id, [new Engine.Services.RunArgument("script", ScriptWorkflow.WritesScore)]);
        var laterMemberRun = await scripts.StartAsync(ScriptWorkflow.WritesScore);
        var workflowId = GlobalId.Serialize("Workflow", scripts.Workflow.Id);

        await using var seenByMember = await LiveOperation.StartAsync(fixture, WorkflowRuns, scripts.Member, Ids.Variables(("id", workflowId), ("after", 0L)));
        await using var seenByOutsider = await LiveOperation.StartAsync(fixture, WorkflowRuns, outsider, Ids.Variables(("id", workflowId), ("after", 0L)));

        Assert.Equal(
            [(1L, "CREATED", Ids.Run(memberRun.Id), "PENDING"), (3L, "CREATED", Ids.Run(laterMemberRun.Id), "PENDING")],
            (await seenByMember.TakeAsync(2)).Select(data => RunEventData.Read(data, "workflowRunsChanged")));
        Assert.Equal((2L, "CREATED", Ids.Run(outsiderRun.Id), "PENDING"), RunEventData.Read(await seenByOutsider.NextAsync(), "workflowRunsChanged"));
    }

    [Fact]
    public async Task LiveEventsReachEverySubscriberAsTheirCallerMaySeeThem()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var outsider = await fixture.Engine.SignInAsync("outsider");
        var outsiderGroup = await fixture.Engine.Groups.CreateAsync(outsider, scripts.Workflow.Id, "Outsiders");
        var variables = Ids.Variables(("id", GlobalId.Serialize("Workflow", scripts.Workflow.Id)), ("after", null));
        await using var firstMemberView = await LiveOperation.StartAsync(fixture, WorkflowRuns, scripts.Member, variables);
        await using var secondMemberView = await LiveOperation.StartAsync(fixture, WorkflowRuns, scripts.Member, variables);
        await using var outsiderView = await LiveOperation.StartAsync(fixture, WorkflowRuns, outsider, variables);

        var memberRun = await scripts.StartAsync(ScriptWorkflow.WritesScore);
        var outsiderRun = await fixture.Engine.Runs.StartAsync(outsider, outsiderGroup.Id, [new Engine.Services.RunArgument("script", ScriptWorkflow.WritesScore)]);
        var laterMemberRun = await scripts.StartAsync(ScriptWorkflow.WritesScore);

        (long, string?, string?, string?)[] memberSees =
            [(1L, "CREATED", Ids.Run(memberRun.Id), "PENDING"), (3L, "CREATED", Ids.Run(laterMemberRun.Id), "PENDING")];
        Assert.Equal(memberSees, (await firstMemberView.TakeAsync(2)).Select(data => RunEventData.Read(data, "workflowRunsChanged")));
        Assert.Equal(memberSees, (await secondMemberView.TakeAsync(2)).Select(data => RunEventData.Read(data, "workflowRunsChanged")));
        Assert.Equal((2L, "CREATED", Ids.Run(outsiderRun.Id), "PENDING"), RunEventData.Read(await outsiderView.NextAsync(), "workflowRunsChanged"));
    }

    [Fact]
    public async Task AWorkflowStreamShowsRunsOfAGroupJoinedAfterSubscribing()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var newcomer = await fixture.Engine.SignInAsync("newcomer");
        await using var seenByNewcomer = await LiveOperation.StartAsync(
            fixture, WorkflowRuns, newcomer, Ids.Variables(("id", GlobalId.Serialize("Workflow", scripts.Workflow.Id)), ("after", null)));

        await fixture.Engine.Groups.UpdateAsync(scripts.Member, scripts.Group.Id, members: [newcomer.UserId!]);
        var run = await scripts.StartAsync(ScriptWorkflow.WritesScore);

        Assert.Equal((1L, "CREATED", Ids.Run(run.Id), "PENDING"), RunEventData.Read(await seenByNewcomer.NextAsync(), "workflowRunsChanged"));
    }

    [Fact]
    public async Task ADeletedRunIsAnnouncedWithWhatItsEventsRemember()
    {
        await using var fixture = await SchemaFixture.CreateAsync();
        var scripts = await ScriptWorkflow.CreateAsync(fixture.Engine);
        var run = await scripts.StartAsync(ScriptWorkflow.WritesScore);
        await fixture.Engine.Get<RunExecutor>().ExecuteAsync(run.Id, CancellationToken.None);
        var finished = await scripts.GetAsync(run);
        await using var events = await LiveOperation.StartAsync(
            fixture,
            "subscription ($id: ID!) { groupRunsChanged(groupId: $id) { kind run { id state createdAt finishedAt group { name } workflow { name } } } }",
            scripts.Member,
            Ids.Variables(("id", GlobalId.Serialize("Group", scripts.Group.Id))));

        await fixture.Engine.Runs.DeleteAsync(scripts.Member, run.Id);

        var deleted = (await events.NextAsync())!.Value.GetProperty("groupRunsChanged");
        var announced = deleted.GetProperty("run");
        Assert.Equal("DELETED", deleted.GetProperty("kind").GetString());
        Assert.Equal(Ids.Run(run.Id), announced.GetProperty("id").GetString());
        Assert.Equal("SUCCESS", announced.GetProperty("state").GetString());
        Assert.Equal(finished.CreatedAt, announced.GetProperty("createdAt").GetDateTime());
        Assert.Equal(finished.EndedAt, announced.GetProperty("finishedAt").GetDateTime());
        Assert.Equal("Scripts", announced.GetProperty("group").GetProperty("name").GetString());
        Assert.Equal("Script", announced.GetProperty("workflow").GetProperty("name").GetString());
    }
}
