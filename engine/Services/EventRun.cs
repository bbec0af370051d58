using Flowserv.Engine.Data;

namespace Flowserv.Engine.Services;

/// <summary>
/// The run a run event is about, as <see cref="RunFeedService.LoadEventRunAsync"/> loaded it for every caller, and
/// who of them may see it (<see cref="AccessPolicy.RunVisibilityAsync"/>).
/// </summary>
public sealed record EventRun(Run Run, Func<Caller, bool> IsVisibleTo);
