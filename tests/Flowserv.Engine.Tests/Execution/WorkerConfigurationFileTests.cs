using Flowserv.Engine.Configuration;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Execution;
using Flowserv.Engine.Execution.Workers;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution;

public sealed class WorkerConfigurationFileTests
{
    [Fact]
    public void ReadsWorkersAndTheStepMappingOfFlowservsEngineConfiguration()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("engine.yaml");
        File.WriteAllText(path, """
            workers:
              - name: container
                type: docker
                env: [{key: MODE, value: fast}]
              - name: local
                type: subprocess
                vars: [{key: python, value: /usr/bin/python3.11}]
            workflow:
              - {step: analyze, worker: container}
              - {step: say_hello, worker: local}
            """);

        var options = RunExecutionOptions.From(EngineOptions.FromSettings(name => name switch
        {
            EnvironmentVariables.SerialEngineConfig => path,
            EnvironmentVariables.StepTimeout => "2.5",
            _ => null,
        }));

        Assert.Equal(TimeSpan.FromSeconds(2.5), options.StepTimeout);
        var analyze = options.Workers.For("analyze");
        Assert.Equal((WorkerType.Docker, "fast"), (analyze.Type, analyze.Environment["MODE"]));
        Assert.Equal("/usr/bin/python3.11", options.Workers.For("say_hello").Variables["python"]);
        Assert.Same(WorkerSpec.Default, options.Workers.For("postproc"));
    }

    [Theory]
    [InlineData("workers: [{name: nb, type: notebook}]", "unsupported type 'notebook'")]
    [InlineData("workflow: [{step: analyze, worker: missing}]", "missing")]
    [InlineData("workers: [{type: docker}]", "name")]
    public void RejectsConfigurationsItCannotRun(string content, string expected)
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("engine.yaml");
        File.WriteAllText(path, content);

        var error = Assert.Throws<InvalidConfigurationException>(() => WorkerConfigurationFile.Read(path));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("soon")]
    public void RejectsAStepTimeoutThatIsNotAPositiveNumberOfSeconds(string value) =>
        Assert.Throws<InvalidConfigurationException>(() => EngineOptions.FromSettings(name => name == EnvironmentVariables.StepTimeout ? value : null));
}
