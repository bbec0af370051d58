using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Engine.Templates;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Tests.Services;

public sealed class RunMaintenanceTests
{
    [Fact]
    public async Task Visible_runs_are_the_callers_group_runs_and_post_processing_runs()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var stranger = await engine.SignInAsync("stranger");
        var mine = await s.StartAsync();
        var db = engine.Db;
        db.Runs.Add(new Run { Id = "postproc", WorkflowId = s.Workflow.Id, ArgumentsJson = "[]", WorkflowDigest = s.Workflow.Digest });
        await db.SaveChangesAsync();

        var forMember = await engine.Runs.QueryVisible(s.Member).Select(r => r.Id).OrderBy(id => id).ToListAsync();
        var forStranger = await engine.Runs.QueryVisible(stranger).Select(r => r.Id).ToListAsync();
        var forAnonymous = await engine.Runs.QueryVisible(Caller.Anonymous).Select(r => r.Id).ToListAsync();

        Assert.Equal(new[] { mine.Id, "postproc" }.Order(), forMember);
        Assert.Equal(["postproc"], forStranger);
        Assert.Equal(["postproc"], forAnonymous);
    }

    [Fact]
    public async Task Open_mode_shows_every_run()
    {
        await using var engine = await EngineFixture.CreateAsync(AuthMode.Open, installSample: true);
        var caller = await engine.Users.AuthenticateAsync(null);
        var workflow = (await engine.Workflows.ListAsync()).Single();
        var group = await engine.Groups.CreateAsync(caller, workflow.Id, "G");
        var names = await engine.Uploads.UploadAsync(caller, group.Id, "names.txt", Scenario.Text("A"));
        var run = await engine.Runs.StartAsync(caller, group.Id, [new RunArgument("names", File: new FileArgument(names.Id))]);

        Assert.Equal([run.Id], await engine.Runs.QueryVisible(Caller.Anonymous).Select(r => r.Id).ToListAsync());
    }

    [Fact]
    public async Task Obsolete_runs_are_deleted_except_active_ones_and_post_processing_inputs()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var old = await s.StartAsync();
        var ranked = await s.StartAsync();
        var active = await s.StartAsync();
        await engine.Runs.CancelAsync(s.Member, old.Id);
        await engine.Runs.CancelAsync(s.Member, ranked.Id);
        var db = engine.Db;
        db.PostprocRanking.Add(new PostprocRankingEntry { WorkflowId = s.Workflow.Id, RunId = ranked.Id, Rank = 0 });
        await db.SaveChangesAsync();
        engine.Clock.Advance(TimeSpan.FromDays(1));
        var recent = await s.StartAsync();
        await engine.Runs.CancelAsync(s.Member, recent.Id);

        var none = await engine.Runs.DeleteObsoleteAsync(s.Admin, engine.Clock.Now.UtcDateTime.AddHours(-1), RunState.Error);
        var deleted = await engine.Runs.DeleteObsoleteAsync(s.Admin, engine.Clock.Now.UtcDateTime.AddHours(-1));

        Assert.Equal(0, none);
        Assert.Equal(1, deleted);
        Assert.Equal(new[] { ranked.Id, active.Id, recent.Id }.Order(), await engine.Db.Runs.Select(r => r.Id).OrderBy(id => id).ToListAsync());
        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Runs.DeleteObsoleteAsync(s.Member, DateTime.UtcNow));
    }

    [Fact]
    public async Task Users_are_looked_up_by_id_in_one_call()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var alice = await engine.Users.RegisterAsync("alice", "pw", false);
        var bob = await engine.Users.RegisterAsync("bob", "pw", false);

        var found = await engine.Users.GetManyAsync([alice.Id, bob.Id, "ghost"]);

        Assert.Equal([alice, bob], found.Values.OrderBy(u => u.Username));
    }
}
