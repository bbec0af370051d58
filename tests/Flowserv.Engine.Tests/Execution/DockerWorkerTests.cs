using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Execution.Workers;
using Flowserv.Engine.Templates;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution;

// Workflow steps run through /bin/sh and setsid: the runner is Linux-only, and so are its tests.
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class DockerWorkerTests
{
    private static readonly WorkerSpec Docker = new(
        "docker", WorkerType.Docker,
        new Dictionary<string, string> { ["MODE"] = "worker", ["QUOTE"] = "it's" },
        new Dictionary<string, string>());

    [Fact]
    public async Task ADockerStepRunsDockerRunWithTheImageTheMountedRunFolderAndTheEnvironment()
    {
        using var directory = new TempDirectory();
        var bin = Directory.CreateDirectory(directory.Combine("bin")).FullName;
        var argvFile = directory.Combine("argv.txt");
        var fake = Path.Combine(bin, "docker");
        await File.WriteAllTextAsync(fake, $"#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{argvFile}'\necho from-container\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var runFolder = Directory.CreateDirectory(directory.Combine("run")).FullName;
        var action = new ContainerAction("python:3.9", [], new Dictionary<string, string> { ["MODE"] = "step" });

        var command = WorkerCommands.Build(Docker, action, "python code/hello.py --name \"A B\"", runFolder, timeout: null);
        var path = Environment.GetEnvironmentVariable("PATH");
        var lines = new List<string>();
        var result = await new ProcessRunner(new ProcessRunnerOptions(), TimeProvider.System).RunAsync(
            command with { Environment = new ProcessEnvironment(new Dictionary<string, string> { ["PATH"] = $"{bin}:{path}" }, ProcessEnvironmentMode.Inherit) },
            line => { lines.Add(line.Text); return ValueTask.CompletedTask; },
            CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["from-container"], lines);
        Assert.Equal(
            ["run", "--rm", "-v", $"{runFolder}:/flowserv/run", "-w", "/flowserv/run", "-e", "MODE=step", "-e", "QUOTE=it's",
             "python:3.9", "/bin/sh", "-c", "python code/hello.py --name \"A B\""],
            await File.ReadAllLinesAsync(argvFile));
    }

    [Fact]
    public void SubprocessStepsGetTheWorkerEnvironmentMergedWithTheStepsOwnInTheRunFolder()
    {
        var worker = Docker with { Type = WorkerType.Subprocess };
        var action = new ContainerAction("python:3.9", [], new Dictionary<string, string> { ["MODE"] = "step" });

        var command = WorkerCommands.Build(worker, action, "echo hi", "/tmp/run", TimeSpan.FromSeconds(3));

        Assert.Equal(("echo hi", "/tmp/run", TimeSpan.FromSeconds(3)), (command.CommandLine, command.WorkingDirectory, command.Timeout));
        Assert.Equal(ProcessEnvironmentMode.ReplaceWhenNonEmpty, command.Environment.Mode);
        Assert.Equal(
            new Dictionary<string, string> { ["MODE"] = "step", ["QUOTE"] = "it's" },
            command.Environment.Variables.ToDictionary());
    }

    [Fact]
    public void StepsRunOnTheirConfiguredWorkerAndUnknownWorkersAreRejected()
    {
        var configuration = new WorkerConfiguration([Docker], new Dictionary<string, string> { ["analyze"] = "docker" });

        Assert.Same(Docker, configuration.For("analyze"));
        Assert.Same(WorkerSpec.Default, configuration.For("say_hello"));
        Assert.Throws<Flowserv.Engine.Errors.InvalidConfigurationException>(() =>
            new WorkerConfiguration([Docker], new Dictionary<string, string> { ["analyze"] = "gpu" }));
    }
}
