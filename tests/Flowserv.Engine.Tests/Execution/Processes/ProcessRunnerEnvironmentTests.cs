using Flowserv.Engine.Execution.Processes;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution.Processes;

/// <summary>
/// SERVER_VAR stands for anything the server environment holds. Only shell built-ins run: a replaced
/// environment has no PATH.
/// </summary>
public sealed class ProcessRunnerEnvironmentTests : IDisposable
{
    private const string ServerVariable = "FLOWSERV_PROCESS_TESTS_SERVER_VAR";
    private const string Show = $"echo \"${{{ServerVariable}-unset}}\"; echo \"${{STEP_VAR-unset}}\"";

    private readonly TempDirectory temp = new();

    static ProcessRunnerEnvironmentTests() => Environment.SetEnvironmentVariable(ServerVariable, "server");

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

        Assert.Equal(["server", "unset"], await ShowAsync(environment));
    }

    [Fact]
    public async Task Inherit_adds_the_variables_to_the_server_environment()
    {
        var environment = new ProcessEnvironment(
            new Dictionary<string, string> { ["STEP_VAR"] = "step" }, ProcessEnvironmentMode.Inherit);

        Assert.Equal(["server", "step"], await ShowAsync(environment));
    }

    [Fact]
    public async Task Inherit_lets_a_variable_override_the_server_value()
    {
        var environment = new ProcessEnvironment(
            new Dictionary<string, string> { [ServerVariable] = "step value" }, ProcessEnvironmentMode.Inherit);

        Assert.Equal(["step value", "unset"], await ShowAsync(environment));
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

        Assert.Equal(["server", "unset"], run.Stdout);
    }

    private async Task<IReadOnlyList<string>> ShowAsync(ProcessEnvironment environment) =>
        (await RecordedRun.StartAsync(new ProcessCommand(Show, temp.Path) { Environment = environment })).Stdout;

    public void Dispose() => temp.Dispose();
}
