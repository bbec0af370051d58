using Flowserv.Engine.Data;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Runs;

/// <summary>
/// One event of a run stream. Its <c>run</c> is the run as the caller may see it, with the state this event
/// announced (replaying a stream shows each state in turn); the other fields are as stored when the event is
/// delivered. After a deletion the run row is gone, so the run is what its events remember: id, workflow,
/// group, state and times, with no arguments, files, messages, results or steps
/// (see <see cref="Engine.Services.RunFeedService.LoadEventRunAsync"/>, which also decides who sees it).
/// <see cref="RunEventFeed"/> gives every subscriber with the same caller the same instance, so their responses
/// are executed once (<see cref="ISharedSourceEvent"/>).
/// </summary>
[GraphQLName("RunEvent")]
public sealed class RunEventObject(RunEvent entity, Run run) : ISharedSourceEvent
{
    [GraphQLIgnore]
    public RunEvent Entity { get; } = entity;

    public long Sequence => Entity.Sequence;

    public RunEventKind Kind => Entity.Kind;

    public RunObject Run { get; } = RunObject.From(run);

    [GraphQLIgnore]
    public SharedResponses Responses { get; } = new();
}
