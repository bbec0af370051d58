using Flowserv.Engine.Storage;
using Flowserv.Engine.Tests.Services.Support;

namespace Flowserv.Engine.Tests.Execution;

/// <summary>Several server nodes starting at once on a database that has no workflow yet, as a fresh cluster does.</summary>
public sealed class NodesStartingTogetherTests
{
    private const int Nodes = 4;

    [Fact]
    public async Task AllStartAndTheSampleBenchmarkIsInstalledOnce()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var nodes = Enumerable.Range(0, Nodes).Select(_ => ListeningNode.Create(engine.Options, installSample: true)).ToList();
        try
        {
            await Task.WhenAll(nodes.Select(node => Task.Run(() => node.Get<EngineInitializer>().InitializeAsync())));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }

        var workflow = Assert.Single(await engine.Workflows.ListAsync());
        Assert.Equal("Hello World Demo", workflow.Name);
        // The nodes that lost the race left no files behind.
        var store = engine.Get<FileStore>();
        Assert.Equal([store.WorkflowDirectory(workflow.Id)], Directory.GetDirectories(Path.GetDirectoryName(store.WorkflowDirectory(workflow.Id))!));
    }
}
