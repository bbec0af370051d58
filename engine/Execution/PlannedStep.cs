using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Execution;

/// <summary>A step of a run at its template <see cref="Position"/>; <see cref="Step"/> is null when the step is skipped.</summary>
internal sealed record PlannedStep(int Position, string Name, WorkflowStep? Step);
