using System.Text.Json;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Relay;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Mutations;

/// <summary>
/// The Hello World benchmark with its administrator (the first user registered), a member owning a group of it,
/// and an outsider; mutations run as one of them and answer with their payload.
/// </summary>
internal sealed class MutationScenario : IAsyncDisposable
{
    private MutationScenario(SchemaFixture fixture, Caller administrator, Caller member, Caller outsider, string workflowId, string groupId)
    {
        Fixture = fixture;
        Administrator = administrator;
        Member = member;
        Outsider = outsider;
        WorkflowId = workflowId;
        GroupId = groupId;
    }

    public SchemaFixture Fixture { get; }

    public Caller Administrator { get; }

    public Caller Member { get; }

    public Caller Outsider { get; }

    /// <summary>The sample workflow's global id.</summary>
    public string WorkflowId { get; }

    /// <summary>The global id of the member's group "team".</summary>
    public string GroupId { get; }

    public static async Task<MutationScenario> CreateAsync(AuthMode authMode = AuthMode.Default)
    {
        var fixture = await SchemaFixture.CreateAsync(authMode, installSample: true);
        var engine = fixture.Engine;
        var administrator = await engine.SignInAsync("admin");
        var member = await engine.SignInAsync("member");
        var outsider = await engine.SignInAsync("outsider");
        var workflow = (await engine.Workflows.ListAsync()).Single();
        var group = await engine.Groups.CreateAsync(member, workflow.Id, "team");
        return new MutationScenario(fixture, administrator, member, outsider, GlobalId.Serialize("Workflow", workflow.Id), GlobalId.Serialize("Group", group.Id));
    }

    /// <summary>
    /// Runs a document holding one mutation as <paramref name="caller"/> and returns that mutation's payload;
    /// fails on GraphQL errors, since expected failures belong in the payload's <c>errors</c>.
    /// </summary>
    public async Task<JsonElement> MutateAsync(string document, Caller? caller, IReadOnlyDictionary<string, object?>? variables = null, string? token = null)
    {
        var response = await Fixture.ExecuteAsync(document, caller, variables, token);
        Assert.False(response.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return Assert.Single(response.GetProperty("data").EnumerateObject()).Value;
    }

    public ValueTask DisposeAsync() => Fixture.DisposeAsync();
}
