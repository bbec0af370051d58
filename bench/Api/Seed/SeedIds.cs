namespace Flowserv.Bench.ApiSeed;

/// <summary>Raw (not Relay) ids of what the seeder created, for the bench scripts.</summary>
internal sealed record SeedIds(string WorkflowId, string WaitWorkflowId, string WaitGroupId, int Groups, int Runs);
