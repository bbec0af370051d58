using System.Diagnostics;
using System.Globalization;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Execution.Events;
using Flowserv.Engine.Execution.Scheduling;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Execution;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Server.Tests;

/// <summary>
/// A server process killed with SIGKILL while a run's step sleeps, then started again on the same folder.
/// "Nothing duplicated, nothing lost" for a run that restarts from scratch means: one run, one SUCCESS with
/// one set of results and files, state events in order on the run's stream with a single final one, and a
/// log that holds each attempt's lines once, the interrupted attempt's closed by a line that says so.
/// </summary>
public sealed class CrashRecoveryTests
{
    private static readonly TimeSpan WaitBound = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task ARunWhoseServerWasKilledMidStepRunsAgainOnceAfterTheRestart()
    {
        await using var engine = await FolderEngine.CreateAsync();
        var attempts = Path.Combine(engine.ApiDirectory, "attempts");
        // Each attempt notes its shell's id, which is also its process group's; only the first one sleeps long.
        var script = $"echo $$ >> {attempts}; echo started; if [ $(wc -l < {attempts}) -eq 1 ]; then sleep 60; fi; "
            + ScriptTemplate.WritesScore + "; echo finished";
        var run = await StartRunAsync(engine, script);

        await using (var first = await StartServerAsync(engine))
        {
            // Lines still in the server's buffer when it dies are gone with it; kill only once "started" is stored.
            await WaitUntilAsync(
                async () => AttemptsOf(attempts).Count == 1 && await StoredLogAsync(engine, run.Id) is ["started"],
                first,
                "the first attempt did not start and log its first line");
            Assert.Equal(RunState.Running, (await engine.Get<RunService>().GetAsync(FolderEngine.OpenCaller, run.Id)).State);
            await first.KillAsync();
        }
        var orphan = Assert.Single(AttemptsOf(attempts));
        Assert.True(LiveProcessesInGroup(orphan) > 0, "the killed server's step should have outlived it");

        await using var second = await StartServerAsync(engine);
        await WaitUntilAsync(async () => !(await LoadAsync(engine, run.Id)).State.IsActive(), second, "the run did not end");

        var done = await LoadAsync(engine, run.Id);
        Assert.Equal(RunState.Success, done.State);
        Assert.Equal(7, Assert.Single(done.Results).IntValue);
        Assert.Equal("results/result.json", Assert.Single(done.Files).Key);
        Assert.Equal(StepState.Success, Assert.Single(done.Steps).State);
        Assert.Equal(2, AttemptsOf(attempts).Count);
        Assert.Equal(0, LiveProcessesInGroup(orphan));
        var db = engine.Get<FlowservDbContext>();
        Assert.Equal(1, await db.Runs.CountAsync(r => r.GroupId == run.GroupId));
        var events = await db.RunEvents.AsNoTracking().Where(e => e.StreamId == RunEventStreams.Run(run.Id)).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, events.Count).Select(n => (long)n), events.Select(e => e.Sequence));
        Assert.Equal(
            [RunState.Pending, RunState.Running, RunState.Pending, RunState.Running, RunState.Success],
            events.Where(e => e.Kind is RunEventKind.Created or RunEventKind.StateChanged).Select(e => e.State));
        var log = await db.RunLogLines.AsNoTracking().Where(l => l.RunId == run.Id).OrderBy(l => l.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, log.Count).Select(n => (long)n), log.Select(l => l.Sequence));
        Assert.Equal(["started", RunRecovery.RestartedLogLine, "started", "finished"], log.Select(l => l.Text));
    }

    private static async Task<Run> StartRunAsync(FolderEngine engine, string script)
    {
        var folder = Path.Combine(engine.ApiDirectory, "template");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "benchmark.yaml"), ScriptTemplate.Text);
        await File.WriteAllTextAsync(Path.Combine(folder, "flowserv.yaml"), "name: 'Crash'\nspecfile: benchmark.yaml\n");
        var caller = FolderEngine.OpenCaller;
        var workflow = await engine.Get<WorkflowService>().CreateFromFolderAsync(caller, folder);
        var group = await engine.Get<GroupService>().CreateAsync(caller, workflow.Id, "crashers");
        return await engine.Get<RunService>().StartAsync(caller, group.Id, [new RunArgument("script", script)]);
    }

    /// <summary>The server over the engine's folder and database, with open authentication, once it answers <c>/healthz</c>.</summary>
    private static async Task<ServerProcess> StartServerAsync(FolderEngine engine)
    {
        var server = ServerProcess.Start("server", new Dictionary<string, string>
        {
            [EnvironmentVariables.ApiDirectory] = engine.ApiDirectory,
            [EnvironmentVariables.Database] = engine.Database.Settings.ConnectionString,
            [EnvironmentVariables.Auth] = "open",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        try
        {
            await server.WaitUntilHealthyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    private static Task<Run> LoadAsync(FolderEngine engine, string runId) =>
        engine.Get<RunService>().GetAsync(FolderEngine.OpenCaller, runId);

    private static async Task<List<string>> StoredLogAsync(FolderEngine engine, string runId) =>
        await engine.Get<FlowservDbContext>().RunLogLines.AsNoTracking()
            .Where(l => l.RunId == runId).OrderBy(l => l.Sequence).Select(l => l.Text).ToListAsync();

    private static List<int> AttemptsOf(string path) =>
        File.Exists(path)
            ? [.. File.ReadAllLines(path).Where(line => line.Length > 0).Select(line => int.Parse(line, CultureInfo.InvariantCulture))]
            : [];

    private static Task WaitUntilAsync(Func<bool> condition, ServerProcess server, string failure) =>
        WaitUntilAsync(() => Task.FromResult(condition()), server, failure);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, ServerProcess server, string failure)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < WaitBound, $"{failure} within {WaitBound.TotalSeconds} s; the server said:\n{server.Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>Members of the group that are not zombies, from <c>/proc/PID/stat</c> ("pid (comm) state ppid pgrp ...").</summary>
    private static int LiveProcessesInGroup(int groupId)
    {
        var count = 0;
        var processes = Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out _));
        foreach (var stat in processes.Select(d => Path.Combine(d, "stat")))
        {
            string text;
            try
            {
                text = File.ReadAllText(stat);
            }
            catch (IOException)
            {
                continue; // Not a process, or it ended meanwhile.
            }
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            if (int.Parse(fields[2], CultureInfo.InvariantCulture) == groupId && fields[0] is not ("Z" or "X"))
            {
                count++;
            }
        }
        return count;
    }
}
