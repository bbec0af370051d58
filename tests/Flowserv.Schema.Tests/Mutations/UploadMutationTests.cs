using Flowserv.GraphQL.Relay;
using static Flowserv.Schema.Tests.Mutations.Payloads;

namespace Flowserv.Schema.Tests.Mutations;

public class UploadMutationTests
{
    private const string UploadFile = $$"""
        mutation ($groupId: ID!, $file: Upload!) { uploadFile(input: { groupId: $groupId, file: $file }) { file { id name size mimeType } {{Errors}} } }
        """;

    [Fact]
    public async Task A_member_uploads_a_file_under_the_name_it_was_sent_with()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync(UploadFile, scenario.Member, Upload(scenario.GroupId, FakeUpload.Text("names.txt", "Alice\nBob\n")));

        var file = Succeeded(payload, "file");
        Assert.Equal("names.txt", file.GetProperty("name").GetString());
        Assert.Equal(10, file.GetProperty("size").GetInt64());
        Assert.Equal("text/plain", file.GetProperty("mimeType").GetString());
        var stored = await scenario.Fixture.Engine.Uploads.GetAsync(scenario.Member, GlobalId.Parse(scenario.GroupId, "Group"), GlobalId.Parse(file.GetProperty("id").GetString()!, "UploadedFile"));
        Assert.Equal("Alice\nBob\n", await File.ReadAllTextAsync(stored.Path));
    }

    [Fact]
    public async Task Upload_file_reports_outsiders_and_file_names_that_are_paths()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var outsider = await scenario.MutateAsync(UploadFile, scenario.Outsider, Upload(scenario.GroupId, FakeUpload.Text("names.txt", "Alice")));
        var path = await scenario.MutateAsync(UploadFile, scenario.Member, Upload(scenario.GroupId, FakeUpload.Text("../names.txt", "Alice")));

        Assert.Equal(("UnauthorizedError", "UNAUTHORIZED"), Failed(outsider, "file"));
        Assert.Equal(("ConstraintViolationError", "INVALID_PATH"), Failed(path, "file"));
    }

    [Fact]
    public async Task Delete_file_returns_the_id_of_the_file_that_is_gone()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var uploaded = await scenario.MutateAsync(UploadFile, scenario.Member, Upload(scenario.GroupId, FakeUpload.Text("names.txt", "Alice")));
        var fileId = Succeeded(uploaded, "file").GetProperty("id").GetString();
        var delete = $$"""mutation { deleteFile(input: { groupId: "{{scenario.GroupId}}", fileId: "{{fileId}}" }) { fileId {{Errors}} } }""";

        var first = await scenario.MutateAsync(delete, scenario.Member);
        var second = await scenario.MutateAsync(delete, scenario.Member);

        Assert.Equal(fileId, Succeeded(first, "fileId").GetString());
        Assert.Equal(("UnknownObjectError", "UNKNOWN_FILE"), Failed(second, "fileId"));
    }

    [Fact]
    public async Task Delete_file_reports_outsiders_and_ids_of_other_types()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var uploaded = await scenario.MutateAsync(UploadFile, scenario.Member, Upload(scenario.GroupId, FakeUpload.Text("names.txt", "Alice")));
        var fileId = Succeeded(uploaded, "file").GetProperty("id").GetString();

        var outsider = await scenario.MutateAsync($$"""mutation { deleteFile(input: { groupId: "{{scenario.GroupId}}", fileId: "{{fileId}}" }) { fileId {{Errors}} } }""", scenario.Outsider);
        var foreign = await scenario.MutateAsync($$"""mutation { deleteFile(input: { groupId: "{{scenario.GroupId}}", fileId: "{{scenario.GroupId}}" }) { fileId {{Errors}} } }""", scenario.Member);

        Assert.Equal(("UnauthorizedError", "UNAUTHORIZED"), Failed(outsider, "fileId"));
        Assert.Equal(("InvalidIdError", "INVALID_ID"), Failed(foreign, "fileId"));
    }

    private static Dictionary<string, object?> Upload(string groupId, FakeUpload file) => new() { ["groupId"] = groupId, ["file"] = file };
}
