using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Engine.Templates;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Services;

public sealed class LeaderboardServiceTests
{
    private static Dictionary<string, object?> Values(long score, double time, string? note = null) =>
        new() { ["score"] = score, ["time"] = time, ["note"] = note };

    private static async Task<(EngineFixture Engine, Workflow Workflow, RankedRuns Runs, string A, string B, string C)> BenchmarkAsync()
    {
        var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");
        var folder = TemplateFolder.Write(engine.Directory.Path, "bench", TemplateFolder.Benchmark, "Bench");
        var workflow = await engine.Workflows.CreateFromFolderAsync(admin, folder);
        var a = (await engine.Groups.CreateAsync(admin, workflow.Id, "A")).Id;
        var b = (await engine.Groups.CreateAsync(admin, workflow.Id, "B")).Id;
        var c = (await engine.Groups.CreateAsync(admin, workflow.Id, "C")).Id;
        return (engine, workflow, new RankedRuns(engine, workflow), a, b, c);
    }

    [Fact]
    public async Task Default_order_lists_the_best_run_per_group()
    {
        var (engine, workflow, runs, a, b, c) = await BenchmarkAsync();
        await using var _ = engine;
        var a1 = await runs.AddAsync(a, Values(5, 2.0, "first"));
        var a2 = await runs.AddAsync(a, Values(7, 3.0));
        var b1 = await runs.AddAsync(b, Values(7, 1.5));
        var c1 = await runs.AddAsync(c, Values(1, 0.1));

        var board = (await engine.Leaderboards.GetAsync(workflow.Id))!;

        Assert.Equal([b1, a2, c1], board.Entries.Select(e => e.RunId));
        Assert.Equal([1, 2, 3], board.Entries.Select(e => e.Rank));
        Assert.Equal(["B", "A", "C"], board.Entries.Select(e => e.GroupName));
        Assert.Equal([new SortColumn("score"), new SortColumn("time", false)], board.OrderBy);
        Assert.Equal(["score", "time", "note"], board.Schema.Columns.Select(column => column.Name));
        Assert.DoesNotContain(a1, board.Entries.Select(e => e.RunId));
    }

    [Fact]
    public async Task Include_all_lists_every_successful_run_with_typed_values()
    {
        var (engine, workflow, runs, a, b, _) = await BenchmarkAsync();
        await using var __ = engine;
        var a1 = await runs.AddAsync(a, Values(5, 2.0, "first"));
        var a2 = await runs.AddAsync(a, Values(7, 3.0));
        var b1 = await runs.AddAsync(b, Values(7, 1.5));

        var board = (await engine.Leaderboards.GetAsync(workflow.Id, includeAll: true))!;

        Assert.Equal([b1, a2, a1], board.Entries.Select(e => e.RunId));
        var first = board.Entries[2];
        Assert.Equal([KeyValuePair.Create("score", (object?)5L), KeyValuePair.Create("time", (object?)2.0), KeyValuePair.Create("note", (object?)"first")], first.Values);
        Assert.Equal(["score", "time"], board.Entries[1].Values.Select(v => v.Key));
        Assert.Equal(DateTimeKind.Utc, first.CreatedAt.Kind);
        Assert.Equal(first.CreatedAt.AddSeconds(2), first.FinishedAt);
    }

    [Fact]
    public async Task Only_successful_group_runs_with_results_are_ranked()
    {
        var (engine, workflow, runs, a, b, c) = await BenchmarkAsync();
        await using var _ = engine;
        var ok = await runs.AddAsync(a, Values(1, 1));
        await runs.AddAsync(b, Values(9, 1), RunState.Error);
        await runs.AddAsync(b, Values(9, 1), RunState.Running);
        await runs.AddAsync(c, null);
        var db = engine.Db;
        db.Runs.Add(new Run { Id = "postproc", WorkflowId = workflow.Id, State = RunState.Success, HasResult = true, ArgumentsJson = "[]", WorkflowDigest = workflow.Digest });
        await db.SaveChangesAsync();

        var board = (await engine.Leaderboards.GetAsync(workflow.Id, includeAll: true))!;

        Assert.Equal([ok], board.Entries.Select(e => e.RunId));
    }

    [Fact]
    public async Task Custom_order_puts_missing_values_last_in_both_directions()
    {
        var (engine, workflow, runs, a, b, c) = await BenchmarkAsync();
        await using var _ = engine;
        var withoutNote = await runs.AddAsync(a, Values(1, 1));
        var zed = await runs.AddAsync(b, Values(1, 1, "zed"));
        var ant = await runs.AddAsync(c, Values(1, 1, "ant"));

        var ascending = (await engine.Leaderboards.GetAsync(workflow.Id, [new SortColumn("note", false)]))!;
        var descending = (await engine.Leaderboards.GetAsync(workflow.Id, [new SortColumn("note")]))!;

        Assert.Equal([ant, zed, withoutNote], ascending.Entries.Select(e => e.RunId));
        Assert.Equal([zed, ant, withoutNote], descending.Entries.Select(e => e.RunId));
    }

    [Fact]
    public async Task Ties_keep_submission_order()
    {
        var (engine, workflow, runs, a, b, c) = await BenchmarkAsync();
        await using var _ = engine;
        var first = await runs.AddAsync(c, Values(3, 1));
        var second = await runs.AddAsync(a, Values(3, 1));
        var third = await runs.AddAsync(b, Values(3, 1));

        var board = (await engine.Leaderboards.GetAsync(workflow.Id))!;

        Assert.Equal([first, second, third], board.Entries.Select(e => e.RunId));
    }

    [Fact]
    public async Task Ties_on_the_first_column_within_a_group_are_broken_by_the_next_columns()
    {
        var (engine, workflow, runs, a, b, _) = await BenchmarkAsync();
        await using var _ = engine;
        var first = await runs.AddAsync(a, Values(7, 3.0));
        var fastest = await runs.AddAsync(a, Values(7, 1.0));
        await runs.AddAsync(a, Values(2, 0.1));
        var withNote = await runs.AddAsync(b, Values(1, 1, "n"));
        await runs.AddAsync(b, Values(1, 1));

        var byScore = (await engine.Leaderboards.GetAsync(workflow.Id))!;
        var byNote = (await engine.Leaderboards.GetAsync(workflow.Id, [new SortColumn("note"), new SortColumn("score")]))!;

        Assert.Equal([fastest, withNote], byScore.Entries.Select(e => e.RunId));
        Assert.Equal(withNote, byNote.Entries[0].RunId);
        Assert.Equal(first, byNote.Entries[1].RunId);
    }

    [Fact]
    public async Task Numbers_sort_as_numbers()
    {
        var (engine, workflow, runs, a, b, c) = await BenchmarkAsync();
        await using var _ = engine;
        var nine = await runs.AddAsync(a, Values(9, 1));
        var ten = await runs.AddAsync(b, Values(10, 1));
        var hundred = await runs.AddAsync(c, Values(100, 1));

        var board = (await engine.Leaderboards.GetAsync(workflow.Id, [new SortColumn("score", false)]))!;

        Assert.Equal([nine, ten, hundred], board.Entries.Select(e => e.RunId));
    }

    [Fact]
    public async Task Unknown_sort_column_and_unknown_workflow_are_errors()
    {
        var (engine, workflow, _, _, _, _) = await BenchmarkAsync();
        await using var __ = engine;

        var column = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Leaderboards.GetAsync(workflow.Id, [new SortColumn("speed")]));
        var unknown = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Leaderboards.GetAsync("nope"));

        Assert.Equal(ErrorCodes.InvalidArgument, column.Code);
        Assert.Equal("unknown column 'speed'", column.Message);
        Assert.Equal(ErrorCodes.UnknownWorkflow, unknown.Code);
    }

    [Fact]
    public async Task Workflows_without_result_schema_have_no_leaderboard()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");
        var workflow = await engine.Workflows.CreateFromFolderAsync(admin, TemplateFolder.Write(engine.Directory.Path, "plain", TemplateFolder.Plain));

        Assert.Null(await engine.Leaderboards.GetAsync(workflow.Id));
    }

    [Fact]
    public async Task Empty_leaderboard_has_schema_and_order()
    {
        var (engine, workflow, _, _, _, _) = await BenchmarkAsync();
        await using var _ = engine;

        var board = (await engine.Leaderboards.GetAsync(workflow.Id))!;

        Assert.Empty(board.Entries);
        Assert.Equal(3, board.Schema.Columns.Count);
        Assert.Null(board.PostprocRunId);
    }

    [Fact]
    public async Task The_ranking_is_one_SQL_command()
    {
        var (engine, workflow, runs, a, b, c) = await BenchmarkAsync();
        await using var _ = engine;
        foreach (var group in new[] { a, b, c })
        {
            await runs.AddAsync(group, Values(1, 2, "x"));
            await runs.AddAsync(group, Values(2, 1));
        }
        var service = engine.Leaderboards;

        engine.Commands.Reset();
        var board = (await service.GetAsync(workflow, [new SortColumn("score"), new SortColumn("time", false), new SortColumn("note")], includeAll: true))!;
        var rankingCommands = engine.Commands.Count;
        engine.Commands.Reset();
        await service.GetAsync(workflow.Id);
        var byIdCommands = engine.Commands.Count;

        Assert.Equal(6, board.Entries.Count);
        Assert.Equal(1, rankingCommands);
        Assert.Equal(2, byIdCommands);
    }
}
