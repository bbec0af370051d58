using Flowserv.Engine.Configuration;
using Flowserv.GraphQL.Utilities;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Schema;

public class SchemaSnapshotTests
{
    private const string UpdateVariable = "UPDATE_SCHEMA";

    [Fact]
    public void The_checked_in_sdl_is_the_running_schema()
    {
        var printed = SchemaPrinter.Print(FlowservSchema.Create(new EngineOptions(), SchemaFixture.ServiceUrl));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(RepositoryFiles.SchemaSdl, printed);
        }

        var checkedIn = File.Exists(RepositoryFiles.SchemaSdl) ? File.ReadAllText(RepositoryFiles.SchemaSdl) : string.Empty;

        Assert.True(
            checkedIn == printed,
            $"schema/schema.graphql differs from the running schema. If the change is intended, regenerate it with "
            + $"`{UpdateVariable}=1 dotnet test tests/Flowserv.Schema.Tests --filter {nameof(SchemaSnapshotTests)}` and review the diff.");
    }
}
