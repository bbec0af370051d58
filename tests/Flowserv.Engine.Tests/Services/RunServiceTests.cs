using System.Text.Json;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Templates;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Tests.Services;

public sealed class RunServiceTests
{
    [Fact]
    public async Task Start_inserts_a_pending_run_schedules_it_and_keeps_the_arguments_as_submitted()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var run = await s.StartAsync(new RunArgument("greeting", JsonSerializer.SerializeToElement("Hi")), new RunArgument("sleeptime", 0.5));

        var stored = await engine.Runs.GetAsync(s.Member, run.Id);
        Assert.Equal(RunState.Pending, stored.State);
        Assert.Equal([run.Id], engine.Scheduler.Scheduled);
        Assert.Equal(s.Workflow.Digest, stored.WorkflowDigest);
        Assert.Equal(s.Group.Id, stored.GroupId);
        Assert.Equal(engine.Clock.Now.UtcDateTime, stored.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Null(stored.StartedAt);
        Assert.Equal(
            "[{\"name\":\"names\",\"value\":{\"type\":\"$file\",\"value\":{\"fileId\":\"" + s.Names.Id
                + "\"}}},{\"name\":\"greeting\",\"value\":\"Hi\"},{\"name\":\"sleeptime\",\"value\":0.5}]",
            stored.ArgumentsJson);
    }

    [Fact]
    public async Task Missing_required_argument_is_rejected()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var error = await Assert.ThrowsAsync<ArgumentValueException>(() => engine.Runs.StartAsync(s.Member, s.Group.Id, []));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Equal("missing argument 'names'", error.Message);
        Assert.Empty(engine.Scheduler.Scheduled);
        Assert.False(await engine.Db.Runs.AnyAsync());
    }

    [Fact]
    public async Task Unknown_parameter_is_rejected()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var error = await Assert.ThrowsAsync<ArgumentValueException>(() => s.StartAsync(new RunArgument("colour", "red")));

        Assert.Equal("unknown parameter 'colour'", error.Message);
    }

    [Fact]
    public async Task Duplicate_argument_is_rejected()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => s.StartAsync(new RunArgument("greeting", "a"), new RunArgument("greeting", "b")));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Equal("non-unique run argument 'greeting'", error.Message);
    }

    [Theory]
    [InlineData("abc", "no float 'abc'")]
    [InlineData(-1.0, "not in [0")]
    public async Task Values_are_cast_and_range_checked(object value, string messagePart)
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var error = await Assert.ThrowsAsync<ArgumentValueException>(() => s.StartAsync(new RunArgument("sleeptime", value)));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_and_a_file_for_one_argument_are_rejected()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            engine.Runs.StartAsync(s.Member, s.Group.Id, [new RunArgument("names", "x", new FileArgument(s.Names.Id))]));

        Assert.Equal("argument 'names' has both a value and a file", error.Message);
    }

    [Fact]
    public async Task Files_must_be_uploads_of_the_same_group()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var other = await engine.Groups.CreateAsync(s.Member, s.Workflow.Id, "Team B");

        var foreign = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Runs.StartAsync(s.Member, other.Id, [s.NamesArgument()]));
        var unknown = await Assert.ThrowsAsync<UnknownObjectException>(() =>
            engine.Runs.StartAsync(s.Member, s.Group.Id, [new RunArgument("names", File: new FileArgument("ghost"))]));
        var asJsonValue = await Assert.ThrowsAsync<UnknownObjectException>(() =>
            engine.Runs.StartAsync(s.Member, other.Id, [new RunArgument("names", JsonSerializer.SerializeToElement(new { fileId = s.Names.Id }))]));

        Assert.Equal(ErrorCodes.UnknownFile, foreign.Code);
        Assert.Equal("unknown file 'ghost'", unknown.Message);
        Assert.Equal(ErrorCodes.UnknownFile, asJsonValue.Code);
        Assert.False(await engine.Db.Runs.AnyAsync());
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("data/../../outside.txt")]
    [InlineData("/etc/passwd")]
    public async Task Target_paths_cannot_leave_the_run_folder(string target)
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var error = await Assert.ThrowsAsync<ArgumentValueException>(() => engine.Runs.StartAsync(s.Member, s.Group.Id, [s.NamesArgument(target)]));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Contains("invalid target path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_safe_target_path_overrides_the_parameter_target()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        var run = await engine.Runs.StartAsync(s.Member, s.Group.Id, [s.NamesArgument("inputs/my names.txt")]);

        Assert.Contains("\"targetPath\":\"inputs/my names.txt\"", run.ArgumentsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_is_for_members_only()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var stranger = await engine.SignInAsync("stranger");

        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Runs.StartAsync(stranger, s.Group.Id, [s.NamesArgument()]));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => engine.Runs.StartAsync(Caller.Anonymous, s.Group.Id, [s.NamesArgument()]));
        var unknown = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Runs.StartAsync(s.Member, "nope", []));
        Assert.Equal(ErrorCodes.UnknownGroup, unknown.Code);
    }

    [Fact]
    public async Task A_failing_scheduler_rolls_the_insert_back()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        engine.Scheduler.FailNext = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => s.StartAsync());

        Assert.False(await engine.Db.Runs.AnyAsync());
    }

    [Fact]
    public async Task Get_and_list_are_for_members_and_list_filters_by_state()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var stranger = await engine.SignInAsync("stranger");
        var first = await s.StartAsync();
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await s.StartAsync();
        await engine.Runs.CancelAsync(s.Member, first.Id);

        var all = await engine.Runs.ListAsync(s.Member, s.Group.Id);
        var pending = await engine.Runs.ListAsync(s.Member, s.Group.Id, RunState.Pending);

        Assert.Equal([second.Id, first.Id], all.Select(r => r.Id));
        Assert.Equal([second.Id], pending.Select(r => r.Id));
        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Runs.GetAsync(stranger, first.Id));
        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Runs.ListAsync(stranger, s.Group.Id));
        var unknown = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Runs.GetAsync(s.Member, "nope"));
        Assert.Equal("unknown run 'nope'", unknown.Message);
    }

    [Fact]
    public async Task Cancel_stores_the_reason_and_stops_the_job()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var run = await s.StartAsync();
        engine.Clock.Advance(TimeSpan.FromSeconds(5));

        var canceled = await engine.Runs.CancelAsync(s.Member, run.Id, "wrong input");

        Assert.Equal(RunState.Canceled, canceled.State);
        Assert.Equal(["wrong input"], canceled.Messages.Select(m => m.Text));
        Assert.Equal(engine.Clock.Now.UtcDateTime, canceled.EndedAt);
        Assert.Equal(canceled.EndedAt, canceled.StartedAt);
        Assert.Equal([run.Id], engine.Scheduler.Canceled);
    }

    [Fact]
    public async Task Cancel_without_reason_uses_the_default_message_and_twice_is_an_error()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var run = await s.StartAsync();

        var canceled = await engine.Runs.CancelAsync(s.Member, run.Id);
        var again = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Runs.CancelAsync(s.Member, run.Id));

        Assert.Equal([RunService.DefaultCancelMessage], canceled.Messages.Select(m => m.Text));
        Assert.Equal(ErrorCodes.InvalidRunState, again.Code);
        Assert.Equal("invalid operation for run in state CANCELED", again.Message);
    }

    [Fact]
    public async Task Cancel_keeps_the_start_time_of_a_running_run()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var run = await s.StartAsync();
        var started = engine.Clock.Now.UtcDateTime.AddSeconds(1);
        await engine.Db.Runs.Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.State, RunState.Running).SetProperty(r => r.StartedAt, started));
        engine.Clock.Advance(TimeSpan.FromMinutes(1));

        var canceled = await engine.Runs.CancelAsync(s.Member, run.Id);

        Assert.Equal(started, canceled.StartedAt);
        Assert.Equal(engine.Clock.Now.UtcDateTime, canceled.EndedAt);
    }

    [Fact]
    public async Task Delete_needs_an_inactive_run_and_removes_its_files()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var run = await s.StartAsync();
        var outputs = engine.Get<FileStore>().RunOutputDirectory(s.Workflow.Id, run.Id);
        Directory.CreateDirectory(outputs);

        var active = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Runs.DeleteAsync(s.Member, run.Id));
        await engine.Runs.CancelAsync(s.Member, run.Id);
        await engine.Runs.DeleteAsync(s.Member, run.Id);

        Assert.Equal("invalid operation for run in state PENDING", active.Message);
        Assert.False(Directory.Exists(outputs));
        Assert.False(await engine.Db.Runs.AnyAsync());
        Assert.False(await engine.Db.RunMessages.AnyAsync());
    }

    [Fact]
    public async Task Post_processing_runs_are_public_to_read_but_only_administrators_control_them()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var db = engine.Db;
        db.Runs.Add(new Run { Id = "postproc1", WorkflowId = s.Workflow.Id, ArgumentsJson = "[]", WorkflowDigest = s.Workflow.Digest, State = RunState.Running });
        await db.SaveChangesAsync();

        var read = await engine.Runs.GetAsync(Caller.Anonymous, "postproc1");
        var cancel = await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Runs.CancelAsync(s.Member, "postproc1"));
        var canceled = await engine.Runs.CancelAsync(s.Admin, "postproc1");

        Assert.Null(read.GroupId);
        Assert.Equal(ErrorCodes.Unauthorized, cancel.Code);
        Assert.Equal(RunState.Canceled, canceled.State);
    }

    [Fact]
    public async Task Result_files_are_downloadable_by_members()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var run = await s.StartAsync();
        var db = engine.Db;
        db.RunFiles.Add(new RunFile { Id = "f1", RunId = run.Id, Key = "results/greetings.txt", MimeType = "text/plain", Size = 5 });
        await db.SaveChangesAsync();
        var path = Path.Combine(engine.Get<FileStore>().RunOutputDirectory(s.Workflow.Id, run.Id), "results", "greetings.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "Hello");

        var file = await engine.Runs.GetFileAsync(s.Member, run.Id, "f1");
        var unknown = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Runs.GetFileAsync(s.Member, run.Id, "f2"));

        Assert.Equal(("results/greetings.txt", "text/plain", 5L, path), (file.Name, file.MimeType, file.Size, file.Path));
        Assert.Equal(ErrorCodes.UnknownFile, unknown.Code);
        await Assert.ThrowsAsync<UnauthorizedException>(async () => await engine.Runs.GetFileAsync(await engine.SignInAsync("x"), run.Id, "f1"));
    }
}
