using Flowserv.Engine.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Bench.RunThroughput;

/// <summary>A workflow of one step whose only command is <c>true</c>, and a group to run it in.</summary>
internal static class TrueWorkflow
{
    private const string Template = """
        workflow:
            steps:
            - name: main
              action:
                  environment: 'alpine:3'
                  commands: ['true']
        """;

    /// <summary>Installs the workflow from a folder under <paramref name="directory"/> and returns the new group's id.</summary>
    public static async Task<string> InstallAsync(IServiceProvider provider, Caller caller, string directory)
    {
        var folder = Path.Combine(directory, "template");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "benchmark.yaml"), Template);
        await File.WriteAllTextAsync(Path.Combine(folder, "flowserv.yaml"), "name: 'True'\nspecfile: benchmark.yaml\n");
        await using var scope = provider.CreateAsyncScope();
        var workflow = await scope.ServiceProvider.GetRequiredService<WorkflowService>().CreateFromFolderAsync(caller, folder);
        return (await scope.ServiceProvider.GetRequiredService<GroupService>().CreateAsync(caller, workflow.Id, "bench")).Id;
    }
}
