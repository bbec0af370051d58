using Flowserv.Engine.Configuration;
using Flowserv.Engine.Errors;
using Npgsql;

namespace Flowserv.Engine.Tests.Data;

public sealed class DatabaseSettingsTests
{
    [Fact]
    public void Unset_means_sqlite_in_the_api_directory()
    {
        var settings = DatabaseSettings.Parse(null, "/data/flowserv");

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal("Data Source=/data/flowserv/flowserv.db", settings.ConnectionString);
    }

    [Fact]
    public void Postgresql_url_becomes_a_connection_string()
    {
        var settings = DatabaseSettings.Parse("postgresql://flow:p%40ss@db.example:5433/bench", "ignored");

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(DatabaseProvider.PostgreSql, settings.Provider);
        Assert.Equal(("db.example", 5433, "flow", "p@ss", "bench"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Fact]
    public void Postgres_url_without_port_uses_5432()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseSettings.Parse("postgres://db/flow", "x").ConnectionString);

        Assert.Equal((5432, "flow"), (builder.Port, builder.Database));
    }

    [Theory]
    [InlineData("Host=db;Database=flow;Username=u", DatabaseProvider.PostgreSql)]
    [InlineData("Data Source=/tmp/x.db", DatabaseProvider.Sqlite)]
    public void Connection_strings_are_used_as_given(string value, DatabaseProvider provider)
    {
        var settings = DatabaseSettings.Parse(value, "x");

        Assert.Equal((provider, value), (settings.Provider, settings.ConnectionString));
    }

    [Fact]
    public void Sqlalchemy_sqlite_url_names_the_file()
    {
        Assert.Equal("Data Source=/abs/flow.db", DatabaseSettings.Parse("sqlite:////abs/flow.db", "x").ConnectionString);
    }

    [Fact]
    public void Malformed_postgres_url_is_a_configuration_error()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => DatabaseSettings.Parse("postgresql://", "x"));

        Assert.Equal(ErrorCodes.InvalidConfiguration, error.Code);
        Assert.Equal("invalid value 'postgresql://' for FLOWSERV_DATABASE", error.Message);
    }
}
