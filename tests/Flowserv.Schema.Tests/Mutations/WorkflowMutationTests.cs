using Flowserv.Engine.Configuration;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Relay;
using static Flowserv.Schema.Tests.Mutations.Payloads;

namespace Flowserv.Schema.Tests.Mutations;

public class WorkflowMutationTests
{
    private const string CreateWorkflow = $$"""
        mutation ($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id name description } {{Errors}} } }
        """;

    [Fact]
    public async Task An_administrator_installs_a_workflow_from_an_uploaded_archive_with_the_names_given()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var input = Input(("archive", FakeUpload.ZipOf(WorkflowService.SampleDirectory)), ("name", "Greetings"), ("description", "Says hello"), ("identifier", "greetings"));

        var payload = await scenario.MutateAsync(CreateWorkflow, scenario.Administrator, input);

        var workflow = Succeeded(payload, "workflow");
        Assert.Equal(GlobalId.Serialize("Workflow", "greetings"), workflow.GetProperty("id").GetString());
        Assert.Equal("Greetings", workflow.GetProperty("name").GetString());
        Assert.Equal("Says hello", workflow.GetProperty("description").GetString());
    }

    [Fact]
    public async Task An_administrator_installs_a_workflow_from_a_folder_on_the_server_under_a_unique_name()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync(CreateWorkflow, scenario.Administrator, Input(("source", WorkflowService.SampleDirectory)));

        Assert.Equal("Hello World Demo (1)", Succeeded(payload, "workflow").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Anyone_signed_in_installs_workflows_in_open_mode()
    {
        await using var scenario = await MutationScenario.CreateAsync(AuthMode.Open);

        var payload = await scenario.MutateAsync(CreateWorkflow, scenario.Fixture.Engine.OpenCaller, Input(("archive", FakeUpload.ZipOf(WorkflowService.SampleDirectory))));

        Assert.Equal("Hello World Demo (1)", Succeeded(payload, "workflow").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Members_and_anonymous_callers_may_not_install_workflows()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var input = Input(("archive", FakeUpload.ZipOf(WorkflowService.SampleDirectory)));

        var member = await scenario.MutateAsync(CreateWorkflow, scenario.Member, input);
        var anonymous = await scenario.MutateAsync(CreateWorkflow, caller: null, input);

        Assert.Equal(("UnauthorizedError", "UNAUTHORIZED"), Failed(member, "workflow"));
        Assert.Equal(("UnauthenticatedError", "UNAUTHENTICATED"), Failed(anonymous, "workflow"));
    }

    [Fact]
    public async Task Create_workflow_needs_exactly_one_of_archive_and_source()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var neither = await scenario.MutateAsync(CreateWorkflow, scenario.Administrator, Input(("name", "Nothing")));
        var both = await scenario.MutateAsync(CreateWorkflow, scenario.Administrator, Input(("archive", FakeUpload.ZipOf(WorkflowService.SampleDirectory)), ("source", WorkflowService.SampleDirectory)));

        Assert.Equal(("ConstraintViolationError", "INVALID_ARGUMENT"), Failed(neither, "workflow"));
        Assert.Equal(("ConstraintViolationError", "INVALID_ARGUMENT"), Failed(both, "workflow"));
    }

    [Fact]
    public async Task An_archive_that_is_no_archive_is_reported_as_invalid()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync(CreateWorkflow, scenario.Administrator, Input(("archive", FakeUpload.Text("template.zip", "not a zip"))));

        Assert.Equal(("ConstraintViolationError", "INVALID_ARCHIVE"), Failed(payload, "workflow"));
    }

    [Theory]
    [InlineData("specfile", "missing.yaml")]
    [InlineData("manifestfile", "missing.yaml")]
    [InlineData("instructions", "missing.md")]
    public async Task Files_named_for_the_install_must_exist_in_the_template(string option, string file)
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync(CreateWorkflow, scenario.Administrator, Input(("source", WorkflowService.SampleDirectory), (option, file)));

        Assert.Equal(("ManifestError", "INVALID_MANIFEST"), Failed(payload, "workflow"));
    }

    [Fact]
    public async Task Update_workflow_changes_the_display_fields_given()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync(
            $$"""mutation { updateWorkflow(input: { workflowId: "{{scenario.WorkflowId}}", name: "Greetings" }) { workflow { id name description } {{Errors}} } }""",
            scenario.Administrator);

        var workflow = Succeeded(payload, "workflow");
        Assert.Equal(scenario.WorkflowId, workflow.GetProperty("id").GetString());
        Assert.Equal("Greetings", workflow.GetProperty("name").GetString());
        Assert.Equal("Hello World Demo for ROB", workflow.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Update_workflow_reports_names_taken_by_another_workflow()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        await scenario.MutateAsync(CreateWorkflow, scenario.Administrator, Input(("source", WorkflowService.SampleDirectory), ("name", "Taken")));

        var payload = await scenario.MutateAsync(
            $$"""mutation { updateWorkflow(input: { workflowId: "{{scenario.WorkflowId}}", name: "Taken" }) { workflow { name } {{Errors}} } }""",
            scenario.Administrator);

        Assert.Equal(("ConstraintViolationError", "DUPLICATE_NAME"), Failed(payload, "workflow"));
    }

    [Theory]
    [InlineData("Workflow", "missing", "Administrator", "UnknownObjectError", "UNKNOWN_WORKFLOW")]
    [InlineData("Run", "1", "Administrator", "InvalidIdError", "INVALID_ID")]
    [InlineData("Workflow", "sample", "Member", "UnauthorizedError", "UNAUTHORIZED")]
    public async Task Update_and_delete_workflow_report_unknown_workflows_foreign_ids_and_non_administrators(
        string typeName, string id, string callerName, string errorType, string code)
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var workflowId = id == "sample" ? scenario.WorkflowId : GlobalId.Serialize(typeName, id);
        var caller = callerName == "Member" ? scenario.Member : scenario.Administrator;

        var update = await scenario.MutateAsync($$"""mutation { updateWorkflow(input: { workflowId: "{{workflowId}}", name: "X" }) { workflow { name } {{Errors}} } }""", caller);
        var delete = await scenario.MutateAsync($$"""mutation { deleteWorkflow(input: { workflowId: "{{workflowId}}" }) { workflowId {{Errors}} } }""", caller);

        Assert.Equal((errorType, code), Failed(update, "workflow"));
        Assert.Equal((errorType, code), Failed(delete, "workflowId"));
    }

    [Fact]
    public async Task Delete_workflow_returns_the_id_of_the_workflow_that_is_gone()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        const string Delete = $$"""mutation ($id: ID!) { deleteWorkflow(input: { workflowId: $id }) { workflowId {{Errors}} } }""";
        var variables = new Dictionary<string, object?> { ["id"] = scenario.WorkflowId };

        var first = await scenario.MutateAsync(Delete, scenario.Administrator, variables);
        var second = await scenario.MutateAsync(Delete, scenario.Administrator, variables);

        Assert.Equal(scenario.WorkflowId, Succeeded(first, "workflowId").GetString());
        Assert.Equal(("UnknownObjectError", "UNKNOWN_WORKFLOW"), Failed(second, "workflowId"));
    }

    private static Dictionary<string, object?> Input(params (string Name, object Value)[] fields) =>
        new() { ["input"] = fields.ToDictionary(field => field.Name, field => (object?)field.Value) };
}
