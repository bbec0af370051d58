using Flowserv.GraphQL.Relay;
using static Flowserv.Schema.Tests.Mutations.Payloads;

namespace Flowserv.Schema.Tests.Mutations;

public class RunMutationTests
{
    private const string StartRun = $$"""
        mutation ($input: StartRunInput!) { startRun(input: $input) { run { id state arguments { name value } } {{Errors}} } }
        """;

    [Fact]
    public async Task Start_run_schedules_a_pending_run_with_the_arguments_as_submitted()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var fileId = await UploadNamesAsync(scenario);

        var payload = await scenario.MutateAsync(StartRun, scenario.Member, Input(scenario.GroupId, File("names", fileId), Value("greeting", "Hi"), Value("sleeptime", 0L)));

        var run = Succeeded(payload, "run");
        Assert.Equal("PENDING", run.GetProperty("state").GetString());
        Assert.Equal(
            """[{"name":"names","value":{"type":"$file","value":{"fileId":"FILE"}}},{"name":"greeting","value":"Hi"},{"name":"sleeptime","value":0}]""".Replace("FILE", GlobalId.Parse(fileId, "UploadedFile")),
            run.GetProperty("arguments").GetRawText());
        Assert.Contains(GlobalId.Parse(run.GetProperty("id").GetString()!, "Run"), scenario.Fixture.Engine.Scheduler.Scheduled);
    }

    [Fact]
    public async Task A_file_argument_may_name_its_target_in_the_run_folder()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var fileId = await UploadNamesAsync(scenario);

        var payload = await scenario.MutateAsync(StartRun, scenario.Member, Input(scenario.GroupId, File("names", fileId, "data/people.txt")));

        Assert.Contains("\"targetPath\":\"data/people.txt\"", Succeeded(payload, "run").GetProperty("arguments").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_run_reports_arguments_the_template_refuses()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var fileId = await UploadNamesAsync(scenario);

        var missingFile = await scenario.MutateAsync(StartRun, scenario.Member, Input(scenario.GroupId, Value("greeting", "Hi")));
        var outOfRange = await scenario.MutateAsync(StartRun, scenario.Member, Input(scenario.GroupId, File("names", fileId), Value("sleeptime", -1L)));

        Assert.Equal(("ArgumentValueError", "INVALID_ARGUMENT"), Failed(missingFile, "run"));
        Assert.Equal(("ArgumentValueError", "INVALID_ARGUMENT"), Failed(outOfRange, "run"));
    }

    [Fact]
    public async Task Start_run_reports_repeated_arguments_and_arguments_with_both_a_value_and_a_file()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var fileId = await UploadNamesAsync(scenario);

        var repeated = await scenario.MutateAsync(StartRun, scenario.Member, Input(scenario.GroupId, File("names", fileId), Value("greeting", "Hi"), Value("greeting", "Yo")));
        var both = await scenario.MutateAsync(StartRun, scenario.Member, Input(scenario.GroupId, Argument("names", "x", new Dictionary<string, object?> { ["fileId"] = fileId })));

        Assert.Equal(("ConstraintViolationError", "INVALID_ARGUMENT"), Failed(repeated, "run"));
        Assert.Equal(("ConstraintViolationError", "INVALID_ARGUMENT"), Failed(both, "run"));
    }

    [Fact]
    public async Task Start_run_reports_unknown_files_file_ids_of_other_types_and_outsiders()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var fileId = await UploadNamesAsync(scenario);

        var unknown = await scenario.MutateAsync(StartRun, scenario.Member, Input(scenario.GroupId, File("names", GlobalId.Serialize("UploadedFile", "missing"))));
        var foreign = await scenario.MutateAsync(StartRun, scenario.Member, Input(scenario.GroupId, File("names", scenario.GroupId)));
        var outsider = await scenario.MutateAsync(StartRun, scenario.Outsider, Input(scenario.GroupId, File("names", fileId)));

        Assert.Equal(("UnknownObjectError", "UNKNOWN_FILE"), Failed(unknown, "run"));
        Assert.Equal(("InvalidIdError", "INVALID_ID"), Failed(foreign, "run"));
        Assert.Equal(("UnauthorizedError", "UNAUTHORIZED"), Failed(outsider, "run"));
    }

    [Fact]
    public async Task Cancel_run_stores_the_reason_and_a_canceled_run_cannot_be_canceled_again()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var runId = await StartAsync(scenario);
        var cancel = $$"""mutation { cancelRun(input: { runId: "{{runId}}", reason: "wrong names" }) { run { id state messages } {{Errors}} } }""";

        var first = await scenario.MutateAsync(cancel, scenario.Member);
        var second = await scenario.MutateAsync(cancel, scenario.Member);

        var run = Succeeded(first, "run");
        Assert.Equal("CANCELED", run.GetProperty("state").GetString());
        Assert.Equal("""["wrong names"]""", run.GetProperty("messages").GetRawText());
        Assert.Equal(("ConstraintViolationError", "INVALID_RUN_STATE"), Failed(second, "run"));
    }

    [Fact]
    public async Task Delete_run_refuses_active_runs_and_returns_the_id_of_a_finished_run_that_is_gone()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var runId = await StartAsync(scenario);
        var delete = $$"""mutation { deleteRun(input: { runId: "{{runId}}" }) { runId {{Errors}} } }""";

        var active = await scenario.MutateAsync(delete, scenario.Member);
        await scenario.MutateAsync($$"""mutation { cancelRun(input: { runId: "{{runId}}" }) { run { id } } }""", scenario.Member);
        var finished = await scenario.MutateAsync(delete, scenario.Member);
        var gone = await scenario.MutateAsync(delete, scenario.Member);

        Assert.Equal(("ConstraintViolationError", "INVALID_RUN_STATE"), Failed(active, "runId"));
        Assert.Equal(runId, Succeeded(finished, "runId").GetString());
        Assert.Equal(("UnknownObjectError", "UNKNOWN_RUN"), Failed(gone, "runId"));
    }

    [Theory]
    [InlineData("Outsider", "Run", "UnauthorizedError", "UNAUTHORIZED")]
    [InlineData("Member", "Group", "InvalidIdError", "INVALID_ID")]
    public async Task Cancel_and_delete_run_are_for_members_and_take_run_ids_only(string callerName, string typeName, string errorType, string code)
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var runId = GlobalId.Serialize(typeName, GlobalId.Parse(await StartAsync(scenario), "Run"));
        var caller = callerName == "Member" ? scenario.Member : scenario.Outsider;

        var cancel = await scenario.MutateAsync($$"""mutation { cancelRun(input: { runId: "{{runId}}" }) { run { id } {{Errors}} } }""", caller);
        var delete = await scenario.MutateAsync($$"""mutation { deleteRun(input: { runId: "{{runId}}" }) { runId {{Errors}} } }""", caller);

        Assert.Equal((errorType, code), Failed(cancel, "run"));
        Assert.Equal((errorType, code), Failed(delete, "runId"));
    }

    private static async Task<string> UploadNamesAsync(MutationScenario scenario)
    {
        var payload = await scenario.MutateAsync(
            $$"""mutation ($groupId: ID!, $file: Upload!) { uploadFile(input: { groupId: $groupId, file: $file }) { file { id } {{Errors}} } }""",
            scenario.Member,
            new Dictionary<string, object?> { ["groupId"] = scenario.GroupId, ["file"] = FakeUpload.Text("names.txt", "Alice\nBob\n") });
        return Succeeded(payload, "file").GetProperty("id").GetString()!;
    }

    private static async Task<string> StartAsync(MutationScenario scenario)
    {
        var payload = await scenario.MutateAsync(StartRun, scenario.Member, Input(scenario.GroupId, File("names", await UploadNamesAsync(scenario))));
        return Succeeded(payload, "run").GetProperty("id").GetString()!;
    }

    private static Dictionary<string, object?> Input(string groupId, params Dictionary<string, object?>[] arguments) =>
        new() { ["input"] = new Dictionary<string, object?> { ["groupId"] = groupId, ["arguments"] = arguments } };

    private static Dictionary<string, object?> Value(string name, object value) => Argument(name, value, file: null);

    private static Dictionary<string, object?> File(string name, string fileId, string? target = null) =>
        Argument(name, value: null, new Dictionary<string, object?> { ["fileId"] = fileId, ["target"] = target });

    private static Dictionary<string, object?> Argument(string name, object? value, Dictionary<string, object?>? file)
    {
        var argument = new Dictionary<string, object?> { ["name"] = name };
        if (value is not null)
        {
            argument["value"] = value;
        }
        if (file is not null)
        {
            argument["file"] = file;
        }
        return argument;
    }
}
