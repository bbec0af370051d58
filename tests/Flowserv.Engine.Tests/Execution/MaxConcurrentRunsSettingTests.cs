using Flowserv.Engine.Configuration;
using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Tests.Execution;

public sealed class MaxConcurrentRunsSettingTests
{
    [Fact]
    public void DefaultsToTheProcessorCount() =>
        Assert.Equal(Environment.ProcessorCount, EngineOptions.FromSettings(_ => null).MaxConcurrentRuns);

    [Fact]
    public void IsReadFromTheEnvironmentVariable() =>
        Assert.Equal(3, EngineOptions.FromSettings(name => name == EnvironmentVariables.MaxConcurrentRuns ? " 3 " : null).MaxConcurrentRuns);

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("many")]
    public void RejectsValuesThatAreNotPositiveCounts(string value) =>
        Assert.Throws<InvalidConfigurationException>(() =>
            EngineOptions.FromSettings(name => name == EnvironmentVariables.MaxConcurrentRuns ? value : null));
}
