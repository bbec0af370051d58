using Flowserv.Server.Tests.EndToEnd;

namespace Flowserv.Server.Tests;

/// <summary>
/// A server in default auth mode with an administrator (registered first) and a member owning a group of the
/// sample workflow, all signed up through the API.
/// </summary>
public sealed class ApiUsers : IAsyncLifetime
{
    private readonly ServerFactory server = new();

    public FlowservClient Anonymous { get; private set; } = null!;

    public FlowservClient Administrator { get; private set; } = null!;

    public FlowservClient Member { get; private set; } = null!;

    public string GroupId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var http = server.CreateClient();
        Anonymous = new FlowservClient(http, new Uri(http.BaseAddress!, "/graphql"));
        Administrator = await SignUpAsync("admin");
        Member = await SignUpAsync("member");
        var workflows = await Anonymous.QueryAsync("{ workflows { nodes { id } } }");
        var workflowId = Assert.Single(workflows.GetProperty("workflows").GetProperty("nodes").EnumerateArray()).GetProperty("id").GetString();
        var created = await Member.QueryAsync(
            "mutation ($input: CreateGroupInput!) { createGroup(input: $input) { group { id } errors { code } } }",
            new { input = new { workflowId, name = "team" } });
        GroupId = MutationPayloads.Succeeded(created, "createGroup").GetProperty("group").GetProperty("id").GetString()!;
    }

    /// <summary>Registers a user with registerUser and signs them in with login.</summary>
    public async Task<FlowservClient> SignUpAsync(string username)
    {
        var input = new { username, password = "secret" };
        MutationPayloads.Succeeded(
            await Anonymous.QueryAsync("mutation ($input: RegisterUserInput!) { registerUser(input: $input) { user { id } errors { code } } }", new { input }),
            "registerUser");
        var login = await Anonymous.QueryAsync("mutation ($input: LoginInput!) { login(input: $input) { token errors { code } } }", new { input });
        return Anonymous.SignedInAs(MutationPayloads.Succeeded(login, "login").GetProperty("token").GetString()!);
    }

    public Task DisposeAsync()
    {
        server.Dispose();
        return Task.CompletedTask;
    }
}
