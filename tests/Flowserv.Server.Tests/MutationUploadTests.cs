using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Flowserv.Engine.Services;
using Flowserv.Server.Tests.EndToEnd;

namespace Flowserv.Server.Tests;

/// <summary>
/// The mutations that take an <c>Upload</c> (createWorkflow, uploadFile) through the real HTTP multipart
/// transport, as the administrator (the first user registered, no member of the group), the group's member, or anonymously.
/// </summary>
public sealed class MutationUploadTests(ApiUsers users) : IClassFixture<ApiUsers>
{
    private const string Names = "Alice\nBob\n";

    private const string CreateWorkflow = """
        mutation ($input: CreateWorkflowInput!) {
          createWorkflow(input: $input) { workflow { name parameters { name } } errors { __typename code message } }
        }
        """;

    private const string UploadFile = """
        mutation ($input: UploadFileInput!) {
          uploadFile(input: $input) { file { id name size mimeType downloadUrl } errors { __typename code } }
        }
        """;

    [Fact]
    public async Task An_administrator_installs_the_hello_world_template_from_a_zip()
    {
        var data = await users.Administrator.UploadAsync(
            CreateWorkflow, new { input = new { archive = (object?)null, name = "Hello Zip" } }, "variables.input.archive", "helloworld.zip", "application/zip", HelloWorldTemplate.Zip());

        var workflow = MutationPayloads.Succeeded(data, "createWorkflow").GetProperty("workflow");
        Assert.Equal("Hello Zip", workflow.GetProperty("name").GetString());
        Assert.Contains("names", workflow.GetProperty("parameters").EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_administrator_installs_a_template_from_a_tar_gz()
    {
        var data = await users.Administrator.UploadAsync(
            CreateWorkflow, new { input = new { archive = (object?)null, name = "Hello Tar" } }, "variables.input.archive", "helloworld.tar.gz", "application/gzip", TarGz(WorkflowService.SampleDirectory));

        Assert.Equal("Hello Tar", MutationPayloads.Succeeded(data, "createWorkflow").GetProperty("workflow").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_user_who_is_no_administrator_may_not_install_workflows()
    {
        var data = await users.Member.UploadAsync(
            CreateWorkflow, new { input = new { archive = (object?)null } }, "variables.input.archive", "helloworld.zip", "application/zip", HelloWorldTemplate.Zip());

        Assert.Equal(JsonValueKind.Null, data.GetProperty("createWorkflow").GetProperty("workflow").ValueKind);
        Assert.Equal("UnauthorizedError", Error(data, "createWorkflow").GetProperty("__typename").GetString());
        Assert.Equal(["UNAUTHORIZED"], MutationPayloads.ErrorCodes(data, "createWorkflow"));
    }

    [Fact]
    public async Task An_anonymous_caller_must_sign_in_to_install_workflows()
    {
        var data = await users.Anonymous.UploadAsync(
            CreateWorkflow, new { input = new { archive = (object?)null } }, "variables.input.archive", "helloworld.zip", "application/zip", HelloWorldTemplate.Zip());

        Assert.Equal(["UNAUTHENTICATED"], MutationPayloads.ErrorCodes(data, "createWorkflow"));
    }

    [Fact]
    public async Task An_archive_that_is_neither_zip_nor_tar_gz_is_an_invalid_archive()
    {
        var data = await users.Administrator.UploadAsync(
            CreateWorkflow, new { input = new { archive = (object?)null } }, "variables.input.archive", "notes.zip", "application/zip", Encoding.UTF8.GetBytes("not an archive"));

        Assert.Equal(["INVALID_ARCHIVE"], MutationPayloads.ErrorCodes(data, "createWorkflow"));
    }

    [Fact]
    public async Task A_member_uploads_a_file_that_downloads_with_the_same_bytes()
    {
        var data = await users.Member.UploadAsync(
            UploadFile, new { input = new { groupId = users.GroupId, file = (object?)null } }, "variables.input.file", "names.txt", "text/plain", Encoding.UTF8.GetBytes(Names));

        var file = MutationPayloads.Succeeded(data, "uploadFile").GetProperty("file");
        Assert.Equal("names.txt", file.GetProperty("name").GetString());
        Assert.Equal(Encoding.UTF8.GetByteCount(Names), file.GetProperty("size").GetInt64());
        Assert.Equal("text/plain", file.GetProperty("mimeType").GetString());
        using var download = await users.Member.DownloadAsync(new Uri(file.GetProperty("downloadUrl").GetString()!).PathAndQuery);
        Assert.Equal(Names, await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_user_outside_the_group_may_not_upload_to_it()
    {
        var data = await users.Administrator.UploadAsync(
            UploadFile, new { input = new { groupId = users.GroupId, file = (object?)null } }, "variables.input.file", "names.txt", "text/plain", Encoding.UTF8.GetBytes(Names));

        Assert.Equal(JsonValueKind.Null, data.GetProperty("uploadFile").GetProperty("file").ValueKind);
        Assert.Equal("UnauthorizedError", Error(data, "uploadFile").GetProperty("__typename").GetString());
    }

    private static JsonElement Error(JsonElement data, string field) => Assert.Single(data.GetProperty(field).GetProperty("errors").EnumerateArray());

    private static byte[] TarGz(string directory)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            TarFile.CreateFromDirectory(directory, gzip, includeBaseDirectory: true);
        }
        return buffer.ToArray();
    }
}
