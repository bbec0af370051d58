using System.Collections.Concurrent;
using Flowserv.Engine.Data;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Services;

/// <summary>
/// Parsed templates of installed workflows, cached by content digest: equal digests mean equal
/// templates, so the cache can never serve a stale template, on any node.
/// </summary>
public sealed class WorkflowTemplates
{
    private readonly ConcurrentDictionary<string, WorkflowTemplate> byDigest = new(StringComparer.Ordinal);

    public WorkflowTemplate Get(Workflow workflow) =>
        byDigest.GetOrAdd(workflow.Digest, _ => TemplateLoader.FromJson(workflow.TemplateJson));
}
