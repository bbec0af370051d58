using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Uploads;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Workflows;

/// <summary>Installing, changing and removing workflow templates (administrators only in DEFAULT auth mode).</summary>
[ExtendObjectType("Mutation")]
public sealed class WorkflowMutations
{
    [GraphQLDescription("Install a workflow template from an uploaded archive (zip or tar.gz of a template folder) or from a folder on the server. Administrators only in DEFAULT auth mode.")]
    public Task<WorkflowObject> CreateWorkflowAsync(
        IUploadedFile? archive,
        [GraphQLDescription("Folder on the server (administrators; for installs from the command line).")] string? source,
        string? name,
        string? description,
        string? instructions,
        string? specfile,
        string? manifestfile,
        string? identifier,
        IResolverContext context)
    {
        var caller = RequestCaller.Get(context);
        var options = new WorkflowInstallOptions(
            Identifier: identifier, Name: name, Description: description, Instructions: instructions, SpecFile: specfile, ManifestFile: manifestfile);
        return (archive, source) switch
        {
            ({ } file, null) => CallAsync(context, async workflows =>
            {
                await using var content = file.OpenReadStream();
                return await workflows.CreateFromArchiveAsync(caller, content, options, context.CancellationToken);
            }),
            (null, { } folder) => CallAsync(context, workflows => workflows.CreateFromFolderAsync(caller, folder, options, context.CancellationToken)),
            _ => throw ConstraintViolationException.InvalidArgument("give either an archive or a source folder"),
        };
    }

    public Task<WorkflowObject> UpdateWorkflowAsync([ID("Workflow")] string workflowId, string? name, string? description, string? instructions, IResolverContext context) =>
        CallAsync(context, workflows => workflows.UpdateAsync(RequestCaller.Get(context), workflowId, name, description, instructions, context.CancellationToken));

    public Task<DeleteWorkflowPayload> DeleteWorkflowAsync([ID("Workflow")] string workflowId, IResolverContext context) =>
        context.CallAsync<WorkflowService, DeleteWorkflowPayload>(async workflows =>
        {
            await workflows.DeleteAsync(RequestCaller.Get(context), workflowId, context.CancellationToken);
            return new DeleteWorkflowPayload(workflowId);
        });

    private static Task<WorkflowObject> CallAsync(IResolverContext context, Func<WorkflowService, Task<Workflow>> call) =>
        context.CallAsync<WorkflowService, WorkflowObject>(async workflows => WorkflowObject.From(await call(workflows)));
}
