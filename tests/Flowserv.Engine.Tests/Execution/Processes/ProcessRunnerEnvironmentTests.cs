using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution.Processes;

/// <summary>
/// Only shell built-ins here: a replaced environment has no PATH. The server's PATH stands for "anything the
/// server environment holds".
/// </summary>
public sealed class ProcessRunnerEnvironmentTests : IDisposable
{
    private const string Show = "echo \"${PATH-unset}\"; echo \"${STEP_VAR-unset}\"";

    private readonly TempDirectory temp = new();
    private readonly string serverPath = Environment.GetEnvironmentVariable("PATH")!;

    [Fact]
    public async Task By_default_step_variables_replace_the_server_environment()
    {
        var environment = new ProcessEnvironment(new Dictionary<string, string> { ["STEP_VAR"] = "step" });

        Assert.Equal(ProcessEnvironmentMode.ReplaceWhenNonEmpty, environment.Mode);
        Assert.Equal(["unset", "step"], await ShowAsync(environment));
    }

    [Fact]
    public async Task By_default_no_step_variables_means_the_server_environment_is_inherited()
    {
        var environment = new ProcessEnvironment(new Dictionary<string, string>());

        Assert.Equal([serverPath, "unset"], await ShowAsync(environment));
    }

    [Fact]
    public async Task Inherit_adds_the_variables_to_the_server_environment()
    {
        var environment = new ProcessEnvironment(
            new Dictionary<string, string> { ["STEP_VAR"] = "step" }, ProcessEnvironmentMode.Inherit);

        Assert.Equal([serverPath, "step"], await ShowAsync(environment));
    }

    [Fact]
    public async Task Inherit_lets_a_variable_override_the_server_value()
    {
        var environment = new ProcessEnvironment(
            new Dictionary<string, string> { ["PATH"] = "/step/bin" }, ProcessEnvironmentMode.Inherit);

        Assert.Equal(["/step/bin", "unset"], await ShowAsync(environment));
    }

    [Fact]
    public async Task Replace_without_variables_passes_nothing_of_the_server_environment()
    {
        var environment = new ProcessEnvironment(new Dictionary<string, string>(), ProcessEnvironmentMode.Replace);

        Assert.Equal(["unset", "unset"], await ShowAsync(environment));
    }

    [Fact]
    public async Task A_command_without_an_environment_inherits_the_server_one()
    {
        var run = await RecordedRun.StartAsync(Show, temp.Path);

        Assert.Equal([serverPath, "unset"], run.Stdout);
    }

    private async Task<IReadOnlyList<string>> ShowAsync(ProcessEnvironment environment) =>
        (await RecordedRun.StartAsync(new ProcessCommand(Show, temp.Path) { Environment = environment })).Stdout;

    public void Dispose() => temp.Dispose();
}
