using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Tests.Data;

/// <summary>Rules flowServ declared but never enforced are enforced by the database here.</summary>
public sealed class ModelConstraintTests
{
    [Fact]
    public async Task Group_names_are_unique_per_workflow()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var db = engine.Db;
        db.Groups.Add(new WorkflowGroup { Id = "g2", WorkflowId = s.Workflow.Id, Name = "Team A", OwnerId = s.Member.UserId! });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task User_names_are_unique()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var db = engine.Db;
        db.Users.Add(new User { Id = "u1", Name = "same", Secret = "x" });
        db.Users.Add(new User { Id = "u2", Name = "same", Secret = "x" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Run_file_keys_are_unique_per_run()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var run = await s.StartAsync();
        var db = engine.Db;
        db.RunFiles.Add(new RunFile { Id = "f1", RunId = run.Id, Key = "out.txt" });
        db.RunFiles.Add(new RunFile { Id = "f2", RunId = run.Id, Key = "out.txt" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Deleting_a_run_deletes_its_files_messages_results_steps_and_log()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var run = await s.StartAsync();
        var db = engine.Db;
        db.RunFiles.Add(new RunFile { Id = "f1", RunId = run.Id, Key = "out.txt" });
        db.RunMessages.Add(new RunMessage { RunId = run.Id, Position = 0, Text = "m" });
        db.RunResults.Add(new RunResultValue { RunId = run.Id, GroupId = s.Group.Id, ColumnId = "avg_count", FloatValue = 1.5 });
        db.RunSteps.Add(new RunStep { RunId = run.Id, Position = 0, Name = "say_hello", State = StepState.Success, ExitCode = 0 });
        db.RunLogLines.Add(new RunLogLine { RunId = run.Id, Sequence = 1, Stream = LogStream.Stdout, Text = "hello", Step = "say_hello" });
        await db.SaveChangesAsync();

        await engine.Db.Runs.Where(r => r.Id == run.Id).ExecuteDeleteAsync();

        var check = engine.Db;
        Assert.False(await check.RunFiles.AnyAsync());
        Assert.False(await check.RunMessages.AnyAsync());
        Assert.False(await check.RunResults.AnyAsync());
        Assert.False(await check.RunSteps.AnyAsync());
        Assert.False(await check.RunLogLines.AnyAsync());
    }

    [Fact]
    public async Task Run_events_keep_one_sequence_per_stream()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var db = engine.Db;
        db.RunEvents.Add(new RunEvent { StreamId = "run:r1", Sequence = 1, RunId = "r1", Kind = RunEventKind.Created });
        db.RunEvents.Add(new RunEvent { StreamId = "group:g1", Sequence = 1, RunId = "r1", Kind = RunEventKind.Created });
        await db.SaveChangesAsync();
        var second = engine.Db;
        second.RunEvents.Add(new RunEvent { StreamId = "run:r1", Sequence = 1, RunId = "r1", Kind = RunEventKind.StateChanged });

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Times_and_states_round_trip()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var run = await s.StartAsync();
        var local = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).ToLocalTime();
        var db = engine.Db;
        db.RunSteps.Add(new RunStep { RunId = run.Id, Position = 0, Name = "s", State = StepState.Skipped, StartedAt = local });
        await db.SaveChangesAsync();

        var step = await engine.Db.RunSteps.SingleAsync();
        var state = await engine.Db.Database.SqlQueryRaw<string>("SELECT state AS \"Value\" FROM workflow_run").SingleAsync();

        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), step.StartedAt);
        Assert.Equal(DateTimeKind.Utc, step.StartedAt!.Value.Kind);
        Assert.Equal(StepState.Skipped, step.State);
        Assert.Equal("PENDING", state);
    }

    [Fact]
    public async Task Result_rows_use_the_column_of_their_dtype()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");
        var workflow = await engine.Workflows.CreateFromFolderAsync(admin, TemplateFolder.Write(engine.Directory.Path, "b", TemplateFolder.Benchmark));
        var schema = engine.Get<WorkflowTemplates>().Get(workflow).ResultSchema!;

        var run = new Run { Id = "r", WorkflowId = workflow.Id, GroupId = "g", ArgumentsJson = "[]", WorkflowDigest = workflow.Digest };
        var postproc = new Run { Id = "p", WorkflowId = workflow.Id, ArgumentsJson = "[]", WorkflowDigest = workflow.Digest };

        var rows = RunResults.ToRows(run, schema, new Dictionary<string, object?> { ["score"] = 3L, ["time"] = 1.5, ["note"] = null });

        Assert.Throws<ArgumentException>(() => RunResults.ToRows(postproc, schema, new Dictionary<string, object?>()));
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal("g", row.GroupId));
        Assert.Equal((3L, (double?)null, (string?)null), (rows[0].IntValue, rows[0].FloatValue, rows[0].TextValue));
        Assert.Equal(((long?)null, 1.5, (string?)null), (rows[1].IntValue, rows[1].FloatValue, rows[1].TextValue));
    }
}
