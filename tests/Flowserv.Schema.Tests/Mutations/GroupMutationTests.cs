using Flowserv.GraphQL.Relay;
using static Flowserv.Schema.Tests.Mutations.Payloads;

namespace Flowserv.Schema.Tests.Mutations;

public class GroupMutationTests
{
    private const string GroupFields = "id name owner { username } members { username }";

    [Fact]
    public async Task Create_group_makes_the_caller_its_owner_and_a_member_besides_the_members_given()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var outsiderId = GlobalId.Serialize("User", scenario.Outsider.UserId!);

        var payload = await scenario.MutateAsync(
            $$"""mutation { createGroup(input: { workflowId: "{{scenario.WorkflowId}}", name: "rivals", members: ["{{outsiderId}}"], identifier: "rivals" }) { group { {{GroupFields}} } {{Errors}} } }""",
            scenario.Administrator);

        var group = Succeeded(payload, "group");
        Assert.Equal(GlobalId.Serialize("Group", "rivals"), group.GetProperty("id").GetString());
        Assert.Equal("rivals", group.GetProperty("name").GetString());
        Assert.Equal("admin", group.GetProperty("owner").GetProperty("username").GetString());
        Assert.Equal(["admin", "outsider"], group.GetProperty("members").EnumerateArray().Select(member => member.GetProperty("username").GetString()).Order());
    }

    [Theory]
    [InlineData("team", null, "ConstraintViolationError", "DUPLICATE_NAME")]
    [InlineData(" ", null, "ConstraintViolationError", "INVALID_NAME")]
    [InlineData("rivals", "User:ghost", "UnknownObjectError", "UNKNOWN_USER")]
    [InlineData("rivals", "Group:x", "InvalidIdError", "INVALID_ID")]
    public async Task Create_group_reports_taken_or_invalid_names_and_unknown_or_foreign_member_ids(string name, string? member, string errorType, string code)
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var members = member is null ? "[]" : $"[\"{GlobalId.Serialize(member.Split(':')[0], member.Split(':')[1])}\"]";

        var payload = await scenario.MutateAsync(
            $$"""mutation { createGroup(input: { workflowId: "{{scenario.WorkflowId}}", name: "{{name}}", members: {{members}} }) { group { id } {{Errors}} } }""",
            scenario.Outsider);

        Assert.Equal((errorType, code), Failed(payload, "group"));
    }

    [Fact]
    public async Task Create_group_needs_a_signed_in_caller_and_a_known_workflow()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var unknownWorkflow = GlobalId.Serialize("Workflow", "missing");

        var anonymous = await scenario.MutateAsync($$"""mutation { createGroup(input: { workflowId: "{{scenario.WorkflowId}}", name: "x" }) { group { id } {{Errors}} } }""", caller: null);
        var unknown = await scenario.MutateAsync($$"""mutation { createGroup(input: { workflowId: "{{unknownWorkflow}}", name: "x" }) { group { id } {{Errors}} } }""", scenario.Outsider);

        Assert.Equal(("UnauthenticatedError", "UNAUTHENTICATED"), Failed(anonymous, "group"));
        Assert.Equal(("UnknownObjectError", "UNKNOWN_WORKFLOW"), Failed(unknown, "group"));
    }

    [Fact]
    public async Task Update_group_renames_and_replaces_the_members_keeping_the_owner()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var outsiderId = GlobalId.Serialize("User", scenario.Outsider.UserId!);

        var payload = await scenario.MutateAsync(
            $$"""mutation { updateGroup(input: { groupId: "{{scenario.GroupId}}", name: "dream team", members: ["{{outsiderId}}"] }) { group { {{GroupFields}} } {{Errors}} } }""",
            scenario.Member);

        var group = Succeeded(payload, "group");
        Assert.Equal("dream team", group.GetProperty("name").GetString());
        Assert.Equal(["member", "outsider"], group.GetProperty("members").EnumerateArray().Select(member => member.GetProperty("username").GetString()).Order());
    }

    [Theory]
    [InlineData("Outsider", "Group", "UnauthorizedError", "UNAUTHORIZED")]
    [InlineData("Member", "Workflow", "InvalidIdError", "INVALID_ID")]
    public async Task Update_and_delete_group_are_for_members_and_take_group_ids_only(string callerName, string typeName, string errorType, string code)
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var caller = callerName == "Member" ? scenario.Member : scenario.Outsider;
        var groupId = GlobalId.Serialize(typeName, GlobalId.Parse(scenario.GroupId, "Group"));

        var update = await scenario.MutateAsync($$"""mutation { updateGroup(input: { groupId: "{{groupId}}", name: "mine" }) { group { id } {{Errors}} } }""", caller);
        var delete = await scenario.MutateAsync($$"""mutation { deleteGroup(input: { groupId: "{{groupId}}" }) { groupId {{Errors}} } }""", caller);

        Assert.Equal((errorType, code), Failed(update, "group"));
        Assert.Equal((errorType, code), Failed(delete, "groupId"));
    }

    [Fact]
    public async Task Delete_group_returns_the_id_of_the_group_that_is_gone()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var delete = $$"""mutation { deleteGroup(input: { groupId: "{{scenario.GroupId}}" }) { groupId {{Errors}} } }""";

        var first = await scenario.MutateAsync(delete, scenario.Member);
        var second = await scenario.MutateAsync(delete, scenario.Member);

        Assert.Equal(scenario.GroupId, Succeeded(first, "groupId").GetString());
        Assert.Equal(("UnknownObjectError", "UNKNOWN_GROUP"), Failed(second, "groupId"));
    }
}
