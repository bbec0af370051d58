using Flowserv.Engine.Data;
using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Runs;

/// <summary>Progress of one workflow step of a run.</summary>
[GraphQLName("RunStep")]
public sealed class RunStepObject(RunStep entity)
{
    [GraphQLIgnore]
    public RunStep Entity { get; } = entity;

    public string Name => Entity.Name;

    public StepState State => Entity.State;

    public DateTime? StartedAt => Entity.StartedAt;

    public DateTime? FinishedAt => Entity.EndedAt;

    public int? ExitCode => Entity.ExitCode;
}
