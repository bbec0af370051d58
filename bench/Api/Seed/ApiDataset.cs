using System.Globalization;
using Flowserv.Engine.Data;
using Flowserv.Engine.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Bench.ApiSeed;

/// <summary>
/// A Hello World benchmark as a busy deployment would hold it: groups made through <see cref="GroupService"/>
/// with the open-mode user as owner and member, and finished runs (nine in ten successful, with result values,
/// two retained files and two steps; the rest failed with a message) inserted as entities, because no service
/// makes a finished run without executing it. Plus the one-step Wait workflow, whose runs stay RUNNING until
/// canceled, for the subscription bench. Runs come from a seeded generator, so every seeding ranks the same.
/// </summary>
internal static class ApiDataset
{
    private static readonly Caller OpenUser = new(User.DefaultUserId, User.DefaultUserId, IsAdministrator: false);
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<SeedIds> FillAsync(IServiceProvider provider, int groupCount, int runCount)
    {
        await using var scope = provider.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<FlowservDbContext>();
        var helloWorld = await db.Workflows.AsNoTracking().SingleAsync();
        var groupService = services.GetRequiredService<GroupService>();
        var groupIds = new List<string>();
        for (var g = 0; g < groupCount; g++)
        {
            groupIds.Add((await groupService.CreateAsync(OpenUser, helloWorld.Id, $"Team {g:D2}")).Id);
        }

        var random = new Random(42);
        for (var r = 0; r < runCount; r++)
        {
            db.Runs.Add(FinishedRun(random, helloWorld, groupIds[r % groupCount], r));
        }
        await db.SaveChangesAsync();

        var waitFolder = Path.Combine(AppContext.BaseDirectory, "WaitWorkflow");
        var wait = await services.GetRequiredService<WorkflowService>().CreateFromFolderAsync(OpenUser, waitFolder);
        var waitGroup = await groupService.CreateAsync(OpenUser, wait.Id, "Subscribers");
        return new SeedIds(helloWorld.Id, wait.Id, waitGroup.Id, groupCount, runCount);
    }

    private static Run FinishedRun(Random random, Workflow workflow, string groupId, int index)
    {
        var id = NewId(random);
        var created = Start.AddMinutes(index);
        var started = created.AddSeconds(2);
        var analyzed = started.AddSeconds(10 + random.Next(50));
        var ended = analyzed.AddSeconds(1 + random.Next(5));
        // Drawn, not index % 10: runs go to groups round-robin, so a pattern in the index would make whole groups fail.
        var succeeded = random.Next(10) != 0;
        var run = new Run
        {
            Id = id,
            WorkflowId = workflow.Id,
            GroupId = groupId,
            State = succeeded ? RunState.Success : RunState.Error,
            CreatedAt = created,
            StartedAt = started,
            EndedAt = ended,
            ArgumentsJson = string.Create(CultureInfo.InvariantCulture, $$"""[{"name":"greeting","value":"Hello"},{"name":"sleeptime","value":{{index % 3}}}]"""),
            WorkflowDigest = workflow.Digest,
            HasResult = succeeded,
        };
        run.Steps.Add(new RunStep { RunId = id, Position = 0, Name = "say_hello", State = succeeded ? StepState.Success : StepState.Error, StartedAt = started, EndedAt = analyzed, ExitCode = succeeded ? 0 : 1 });
        run.Steps.Add(new RunStep { RunId = id, Position = 1, Name = "analyze", State = succeeded ? StepState.Success : StepState.Skipped, StartedAt = succeeded ? analyzed : null, EndedAt = succeeded ? ended : null, ExitCode = succeeded ? 0 : null });
        if (!succeeded)
        {
            run.Messages.Add(new RunMessage { RunId = id, Position = 0, Text = "say_hello: exit code 1" });
            return run;
        }
        run.Files.Add(new RunFile { Id = NewId(random), RunId = id, Key = "results/greetings.txt", MimeType = "text/plain", Size = 200 + random.Next(800) });
        run.Files.Add(new RunFile { Id = NewId(random), RunId = id, Key = "results/analytics.json", MimeType = "application/json", Size = 60 + random.Next(40) });
        run.Results.Add(new RunResultValue { RunId = id, GroupId = groupId, ColumnId = "avg_count", FloatValue = Math.Round(random.NextDouble() * 20, 3) });
        run.Results.Add(new RunResultValue { RunId = id, GroupId = groupId, ColumnId = "max_len", FloatValue = random.Next(5, 40) });
        // max_line is optional in the result schema; leave it out now and then, as real result files may.
        if (index % 7 != 0)
        {
            run.Results.Add(new RunResultValue { RunId = id, GroupId = groupId, ColumnId = "max_line", TextValue = $"Hello, name {index}!" });
        }
        return run;
    }

    // 32 hex characters like the engine's ids, but reproducible.
    private static string NewId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
