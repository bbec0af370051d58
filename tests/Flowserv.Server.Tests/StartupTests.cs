using System.Net;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Server.Tests;

/// <summary>What a first start on a fresh machine leaves behind.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task FreshApiDirectoryGetsTheDatabaseAndTheSampleWorkflow()
    {
        using var server = new ServerFactory();

        var health = await server.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        // On PostgreSQL (FLOWSERV_DATABASE set) no SQLite file may appear beside the data.
        Assert.Equal(server.Database.Provider == DatabaseProvider.Sqlite, File.Exists(Path.Combine(server.ApiDirectory, "flowserv.db")));
        await using var scope = server.Services.CreateAsyncScope();
        var workflows = await scope.ServiceProvider.GetRequiredService<WorkflowService>().ListAsync();
        Assert.Equal("Hello World Demo", Assert.Single(workflows).Name);
    }
}
