using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Tests.Services;

public sealed class GroupServiceTests
{
    [Fact]
    public async Task Create_makes_the_owner_a_member_and_deduplicates_members()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var bob = await engine.SignInAsync("bob");

        var group = await engine.Groups.CreateAsync(s.Member, s.Workflow.Id, "  Team B ", [bob.UserId!, bob.UserId!, s.Member.UserId!]);
        var loaded = await engine.Groups.GetAsync(group.Id);

        Assert.Equal("Team B", loaded.Name);
        Assert.Equal(s.Member.UserId, loaded.OwnerId);
        Assert.Equal(new[] { bob.UserId, s.Member.UserId }.Order(), loaded.Members.Select(m => m.UserId).Order());
    }

    [Fact]
    public async Task Create_needs_a_signed_in_caller()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var error = await Assert.ThrowsAsync<UnauthenticatedException>(() => engine.Groups.CreateAsync(Caller.Anonymous, s.Workflow.Id, "X"));

        Assert.Equal(ErrorCodes.Unauthenticated, error.Code);
    }

    [Fact]
    public async Task Create_for_unknown_workflow_fails()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var caller = await engine.SignInAsync("alice");

        var error = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Groups.CreateAsync(caller, "nowhere", "X"));

        Assert.Equal(ErrorCodes.UnknownWorkflow, error.Code);
        Assert.Equal("unknown workflow 'nowhere'", error.Message);
    }

    [Theory]
    [InlineData("   ", "invalid name")]
    [InlineData(null, "missing name")]
    public async Task Create_rejects_invalid_names(string? name, string message)
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Groups.CreateAsync(s.Member, s.Workflow.Id, name!));

        Assert.Equal(ErrorCodes.InvalidName, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task Create_rejects_a_name_longer_than_512()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Groups.CreateAsync(s.Member, s.Workflow.Id, new string('x', 513)));

        Assert.Equal(ErrorCodes.InvalidName, error.Code);
    }

    [Fact]
    public async Task Names_are_unique_per_workflow_only()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var other = await engine.Workflows.CreateFromFolderAsync(s.Admin, WorkflowService.SampleDirectory);

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Groups.CreateAsync(s.Member, s.Workflow.Id, "Team A"));
        var elsewhere = await engine.Groups.CreateAsync(s.Member, other.Id, "Team A");

        Assert.Equal(ErrorCodes.DuplicateName, error.Code);
        Assert.Equal("group 'Team A' exists", error.Message);
        Assert.Equal("Team A", elsewhere.Name);
    }

    [Fact]
    public async Task Members_must_be_known_and_active()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var inactive = await engine.Users.RegisterAsync("pending", "pw", verify: true);

        var unknown = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Groups.CreateAsync(s.Member, s.Workflow.Id, "X", ["ghost"]));
        var notActive = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Groups.CreateAsync(s.Member, s.Workflow.Id, "Y", [inactive.Id]));

        Assert.Equal("unknown user 'ghost'", unknown.Message);
        Assert.Equal(ErrorCodes.UnknownUser, notActive.Code);
    }

    [Fact]
    public async Task Create_accepts_a_valid_own_identifier_and_rejects_bad_or_taken_ones()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var group = await engine.Groups.CreateAsync(s.Member, s.Workflow.Id, "Mine", identifier: "my_team_1");
        var invalid = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Groups.CreateAsync(s.Member, s.Workflow.Id, "Bad", identifier: "../x"));
        var taken = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Groups.CreateAsync(s.Member, s.Workflow.Id, "Other", identifier: "my_team_1"));

        Assert.Equal("my_team_1", group.Id);
        Assert.Equal(ErrorCodes.InvalidArgument, invalid.Code);
        Assert.Equal(ErrorCodes.DuplicateName, taken.Code);
    }

    [Fact]
    public async Task Get_unknown_group_fails()
    {
        await using var engine = await EngineFixture.CreateAsync();

        var error = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Groups.GetAsync("nope"));

        Assert.Equal(ErrorCodes.UnknownGroup, error.Code);
        Assert.Equal("unknown group 'nope'", error.Message);
    }

    [Fact]
    public async Task List_returns_the_callers_groups_optionally_by_workflow()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var other = await engine.Workflows.CreateFromFolderAsync(s.Admin, WorkflowService.SampleDirectory);
        await engine.Groups.CreateAsync(s.Member, other.Id, "Team C");
        await engine.Groups.CreateAsync(s.Admin, s.Workflow.Id, "Admins");

        var all = await engine.Groups.ListAsync(s.Member);
        var ofWorkflow = await engine.Groups.ListAsync(s.Member, s.Workflow.Id);
        var anonymous = await engine.Groups.ListAsync(Caller.Anonymous, s.Workflow.Id);
        var unknown = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Groups.ListAsync(s.Member, "nope"));

        Assert.Equal(["Team A", "Team C"], all.Select(g => g.Name));
        Assert.Equal(["Team A"], ofWorkflow.Select(g => g.Name));
        Assert.Empty(anonymous);
        Assert.Equal(ErrorCodes.UnknownWorkflow, unknown.Code);
    }

    [Fact]
    public async Task Update_renames_and_replaces_members_but_keeps_the_owner()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var bob = await engine.SignInAsync("bob");
        var carol = await engine.SignInAsync("carol");
        await engine.Groups.UpdateAsync(s.Member, s.Group.Id, members: [bob.UserId!]);

        var updated = await engine.Groups.UpdateAsync(bob, s.Group.Id, name: "Renamed", members: [carol.UserId!]);
        var loaded = await engine.Groups.GetAsync(s.Group.Id);

        Assert.Equal("Renamed", updated.Name);
        Assert.Equal("Renamed", loaded.Name);
        Assert.Equal(new[] { carol.UserId, s.Member.UserId }.Order(), loaded.Members.Select(m => m.UserId).Order());
    }

    [Fact]
    public async Task Update_keeps_own_name_but_rejects_a_taken_one()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        await engine.Groups.CreateAsync(s.Member, s.Workflow.Id, "Team B");

        var same = await engine.Groups.UpdateAsync(s.Member, s.Group.Id, name: "Team A");
        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Groups.UpdateAsync(s.Member, s.Group.Id, name: "Team B"));

        Assert.Equal("Team A", same.Name);
        Assert.Equal(ErrorCodes.DuplicateName, error.Code);
    }

    [Fact]
    public async Task Update_and_delete_are_for_members_only()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var stranger = await engine.SignInAsync("stranger");

        var update = await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Groups.UpdateAsync(stranger, s.Group.Id, name: "Mine"));
        var delete = await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Groups.DeleteAsync(stranger, s.Group.Id));
        var anonymous = await Assert.ThrowsAsync<UnauthenticatedException>(() => engine.Groups.DeleteAsync(Caller.Anonymous, s.Group.Id));
        var unknown = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Groups.DeleteAsync(s.Member, "nope"));

        Assert.Equal(ErrorCodes.Unauthorized, update.Code);
        Assert.Equal("not authorized", delete.Message);
        Assert.Equal(ErrorCodes.Unauthenticated, anonymous.Code);
        Assert.Equal(ErrorCodes.UnknownGroup, unknown.Code);
        Assert.Equal("Team A", (await engine.Groups.GetAsync(s.Group.Id)).Name);
    }

    [Fact]
    public async Task Update_with_unknown_member_changes_nothing()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Groups.UpdateAsync(s.Member, s.Group.Id, name: "New", members: ["ghost"]));

        Assert.Equal("Team A", (await engine.Groups.GetAsync(s.Group.Id)).Name);
    }

    [Fact]
    public async Task Delete_removes_uploads_runs_and_files()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var run = await s.StartAsync();
        await engine.Runs.CancelAsync(s.Member, run.Id);
        var groupFolder = engine.Get<Engine.Storage.FileStore>().GroupDirectory(s.Workflow.Id, s.Group.Id);
        Assert.True(Directory.Exists(groupFolder));

        await engine.Groups.DeleteAsync(s.Member, s.Group.Id);

        Assert.False(Directory.Exists(groupFolder));
        Assert.False(await engine.Db.Runs.AnyAsync(r => r.Id == run.Id));
        Assert.False(await engine.Db.UploadedFiles.AnyAsync(f => f.Id == s.Names.Id));
        await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Groups.GetAsync(s.Group.Id));
    }

    [Fact]
    public async Task Delete_is_refused_while_a_run_is_active()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        await s.StartAsync();

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Groups.DeleteAsync(s.Member, s.Group.Id));

        Assert.Equal(ErrorCodes.InvalidRunState, error.Code);
    }

    [Fact]
    public async Task Open_mode_lets_the_default_user_create_and_change_groups()
    {
        await using var engine = await EngineFixture.CreateAsync(AuthMode.Open, installSample: true);
        var caller = await engine.Users.AuthenticateAsync(null);
        var workflow = (await engine.Workflows.ListAsync()).Single();

        var group = await engine.Groups.CreateAsync(caller, workflow.Id, "Open Team");
        var renamed = await engine.Groups.UpdateAsync(caller, group.Id, name: "Still Open");

        Assert.Equal(User.DefaultUserId, group.OwnerId);
        Assert.Equal("Still Open", renamed.Name);
    }
}
