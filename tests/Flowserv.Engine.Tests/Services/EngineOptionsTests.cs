using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Engine.Tests.Services;

public sealed class EngineOptionsTests
{
    private static EngineOptions Read(params (string Key, string Value)[] settings)
    {
        var values = settings.ToDictionary(s => s.Key, s => s.Value);
        return EngineOptions.FromSettings(key => values.GetValueOrDefault(key));
    }

    [Fact]
    public void Defaults_need_no_settings()
    {
        var options = Read();

        Assert.Equal(".flowserv", options.ApiDirectory);
        Assert.Equal(AuthMode.Default, options.AuthMode);
        Assert.Equal(TimeSpan.FromSeconds(86400), options.AuthTtl);
        Assert.Empty(options.Administrators);
        Assert.Equal(DatabaseSettings.Parse(null, ".flowserv"), options.EffectiveDatabase);
        Assert.Equal("flowserv", options.SchedulerName);
    }

    [Fact]
    public void Settings_are_read_by_their_flowserv_names()
    {
        var options = Read(
            ("FLOWSERV_API_DIR", "/srv/flow"),
            ("FLOWSERV_AUTH", "OPEN"),
            ("FLOWSERV_AUTH_TTL", "60"),
            ("FLOWSERV_ADMINS", "alice, bob,,"),
            ("FLOWSERV_DATABASE", "postgresql://u:p@h/db"),
            ("FLOWSERV_SCHEDULER_NAME", " cluster-a "));

        Assert.Equal("/srv/flow", options.ApiDirectory);
        Assert.Equal(AuthMode.Open, options.AuthMode);
        Assert.Equal(TimeSpan.FromSeconds(60), options.AuthTtl);
        Assert.Equal(new HashSet<string> { "alice", "bob" }, options.Administrators);
        Assert.Equal(DatabaseProvider.PostgreSql, options.EffectiveDatabase.Provider);
        Assert.Equal("cluster-a", options.SchedulerName);
    }

    [Theory]
    [InlineData("FLOWSERV_AUTH", "closed")]
    [InlineData("FLOWSERV_AUTH_TTL", "abc")]
    [InlineData("FLOWSERV_AUTH_TTL", "0")]
    public void Invalid_values_are_configuration_errors(string key, string value)
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => Read((key, value)));

        Assert.Equal($"invalid value '{value}' for {key}", error.Message);
    }

    [Fact]
    public void Postgres_setting_registers_the_postgres_context()
    {
        var services = new ServiceCollection().AddFlowservEngine(Read(("FLOWSERV_DATABASE", "Host=localhost;Database=none")));
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        Assert.IsType<PostgresFlowservDbContext>(scope.ServiceProvider.GetRequiredService<FlowservDbContext>());
    }
}
