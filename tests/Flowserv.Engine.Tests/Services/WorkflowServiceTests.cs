using System.IO.Compression;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Engine.Storage;
using Flowserv.Engine.Templates;
using Flowserv.Engine.Tests.Services.Support;
using Flowserv.Engine.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Tests.Services;

public sealed class WorkflowServiceTests
{
    [Fact]
    public async Task Create_from_folder_installs_template_files_and_digest()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");

        var workflow = await engine.Workflows.CreateFromFolderAsync(admin, WorkflowService.SampleDirectory);

        var store = engine.Get<FileStore>();
        var staticDir = store.StaticDirectory(workflow.Id);
        var template = engine.Get<WorkflowTemplates>().Get(workflow);
        Assert.Equal("Hello World Demo", workflow.Name);
        Assert.Equal("Hello World Demo for ROB", workflow.Description);
        Assert.False(string.IsNullOrWhiteSpace(workflow.Instructions));
        Assert.Matches("^[0-9a-f]{32}$", workflow.Id);
        Assert.True(File.Exists(Path.Combine(staticDir, "code", "helloworld.py")));
        Assert.True(File.Exists(Path.Combine(staticDir, "data", "names.txt")));
        Assert.Matches("^[0-9a-f]{64}$", workflow.Digest);
        Assert.Equal(TemplateDigest.Compute(staticDir, template), workflow.Digest);
        Assert.Equal(["names", "sleeptime", "greeting"], template.Parameters.Select(p => p.Name));
        Assert.Equal(workflow.Name, (await engine.Workflows.GetAsync(workflow.Id)).Name);
    }

    [Fact]
    public async Task Taken_names_get_the_first_free_numbered_suffix()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");
        var folder = TemplateFolder.Write(engine.Directory.Path, "wf", TemplateFolder.Plain, "Workflow");
        await engine.Workflows.CreateFromFolderAsync(admin, folder);
        await engine.Workflows.CreateFromFolderAsync(admin, folder, new WorkflowInstallOptions(Name: "Workflow (2)"));

        var first = await engine.Workflows.CreateFromFolderAsync(admin, folder);
        var second = await engine.Workflows.CreateFromFolderAsync(admin, folder);

        Assert.Equal("Workflow (1)", first.Name);
        Assert.Equal("Workflow (3)", second.Name);
        Assert.Equal(["Workflow", "Workflow (1)", "Workflow (2)", "Workflow (3)"], (await engine.Workflows.ListAsync()).Select(w => w.Name));
    }

    [Fact]
    public async Task Only_administrators_install_in_default_mode()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.SignInAsync("admin");
        var user = await engine.SignInAsync("user");

        var unauthorized = await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Workflows.CreateFromFolderAsync(user, WorkflowService.SampleDirectory));
        var anonymous = await Assert.ThrowsAsync<UnauthenticatedException>(() => engine.Workflows.CreateFromFolderAsync(Caller.Anonymous, WorkflowService.SampleDirectory));

        Assert.Equal("administrators only", unauthorized.Message);
        Assert.Equal(ErrorCodes.Unauthenticated, anonymous.Code);
        Assert.Empty(await engine.Workflows.ListAsync());
    }

    [Fact]
    public async Task Anyone_installs_in_open_mode()
    {
        await using var engine = await EngineFixture.CreateAsync(AuthMode.Open);
        var caller = await engine.Users.AuthenticateAsync(null);

        var workflow = await engine.Workflows.CreateFromFolderAsync(caller, WorkflowService.SampleDirectory);

        Assert.Equal("Hello World Demo", workflow.Name);
    }

    [Fact]
    public async Task Own_identifier_is_used_and_a_taken_one_leaves_the_existing_files_alone()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");
        var workflow = await engine.Workflows.CreateFromFolderAsync(admin, WorkflowService.SampleDirectory, new WorkflowInstallOptions(Identifier: "hello"));

        var taken = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            engine.Workflows.CreateFromFolderAsync(admin, WorkflowService.SampleDirectory, new WorkflowInstallOptions(Identifier: "hello")));
        var invalid = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            engine.Workflows.CreateFromFolderAsync(admin, WorkflowService.SampleDirectory, new WorkflowInstallOptions(Identifier: "../up")));

        Assert.Equal("hello", workflow.Id);
        Assert.Equal(ErrorCodes.DuplicateName, taken.Code);
        Assert.Equal(ErrorCodes.InvalidArgument, invalid.Code);
        Assert.True(File.Exists(Path.Combine(engine.Get<FileStore>().StaticDirectory("hello"), "code", "helloworld.py")));
    }

    [Fact]
    public async Task Invalid_template_is_rejected_and_nothing_is_left_behind()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");
        var folder = TemplateFolder.Write(engine.Directory.Path, "bad", "parameters: []\n");

        var error = await Assert.ThrowsAsync<TemplateException>(() => engine.Workflows.CreateFromFolderAsync(admin, folder));

        Assert.Equal(TemplateException.InvalidTemplate, error.Code);
        Assert.Empty(await engine.Workflows.ListAsync());
        Assert.False(Directory.Exists(Path.Combine(engine.Directory.Path, "workflows")) && Directory.EnumerateFileSystemEntries(Path.Combine(engine.Directory.Path, "workflows")).Any());
    }

    [Fact]
    public async Task Create_from_zip_archive_with_a_top_level_folder()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");
        var zip = Path.Combine(engine.Directory.Path, "upload.zip");
        var wrapper = Path.Combine(engine.Directory.Path, "wrapper");
        FileStore.CopyDirectory(WorkflowService.SampleDirectory, Path.Combine(wrapper, "helloworld"));
        ZipFile.CreateFromDirectory(wrapper, zip);

        await using var upload = File.OpenRead(zip);
        var workflow = await engine.Workflows.CreateFromArchiveAsync(admin, upload, new WorkflowInstallOptions(Name: "From Zip"));

        Assert.Equal("From Zip", workflow.Name);
        Assert.True(File.Exists(Path.Combine(engine.Get<FileStore>().StaticDirectory(workflow.Id), "code", "analyze.py")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(engine.Directory.Path, "tmp")));
    }

    [Fact]
    public async Task Create_from_tar_gz_archive_without_a_wrapper_folder()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");
        var archive = ArchiveBuilder.TarGz(
            ArchiveBuilder.File("flowserv.yaml", "name: Tarred\nspecfile: benchmark.yaml\n"),
            ArchiveBuilder.File("benchmark.yaml", TemplateFolder.Benchmark));

        var workflow = await engine.Workflows.CreateFromArchiveAsync(admin, new MemoryStream(archive));

        Assert.Equal("Tarred", workflow.Name);
        Assert.NotNull(engine.Get<WorkflowTemplates>().Get(workflow).ResultSchema);
    }

    [Fact]
    public async Task Archive_with_an_escaping_entry_is_rejected_and_nothing_is_written_outside()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");
        var archive = ArchiveBuilder.Zip(("flowserv.yaml", "name: Evil\nspecfile: benchmark.yaml\n"), ("../../../escape.txt", "evil"));

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Workflows.CreateFromArchiveAsync(admin, new MemoryStream(archive)));

        Assert.Equal(ErrorCodes.InvalidPath, error.Code);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(engine.Directory.Path)!, "escape.txt", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(engine.Directory.Path, "tmp")));
        Assert.Empty(await engine.Workflows.ListAsync());
    }

    [Fact]
    public async Task Archive_install_is_for_administrators_only()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.SignInAsync("admin");
        var user = await engine.SignInAsync("user");

        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Workflows.CreateFromArchiveAsync(user, new MemoryStream([1, 2])));
    }

    [Fact]
    public async Task Update_changes_display_fields_and_keeps_names_unique()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var admin = await engine.SignInAsync("admin");
        var first = await engine.Workflows.CreateFromFolderAsync(admin, WorkflowService.SampleDirectory);
        var second = await engine.Workflows.CreateFromFolderAsync(admin, WorkflowService.SampleDirectory);

        var updated = await engine.Workflows.UpdateAsync(admin, first.Id, name: "Renamed", description: "New text", instructions: "# Do this");
        var sameName = await engine.Workflows.UpdateAsync(admin, second.Id, name: second.Name);
        var taken = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Workflows.UpdateAsync(admin, second.Id, name: "Renamed"));
        var blank = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Workflows.UpdateAsync(admin, second.Id, name: " "));
        var unknown = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Workflows.UpdateAsync(admin, "nope", name: "X"));

        Assert.Equal(("Renamed", "New text", "# Do this"), (updated.Name, updated.Description, updated.Instructions));
        Assert.Equal(second.Name, sameName.Name);
        Assert.Equal("workflow 'Renamed' exists", taken.Message);
        Assert.Equal(ErrorCodes.InvalidName, blank.Code);
        Assert.Equal(ErrorCodes.UnknownWorkflow, unknown.Code);
    }

    [Fact]
    public async Task Update_and_delete_are_for_administrators_only()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);

        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Workflows.UpdateAsync(s.Member, s.Workflow.Id, name: "Mine"));
        await Assert.ThrowsAsync<UnauthorizedException>(() => engine.Workflows.DeleteAsync(s.Member, s.Workflow.Id));
    }

    [Fact]
    public async Task Delete_removes_the_workflow_with_groups_runs_and_files()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        var run = await s.StartAsync();
        await engine.Runs.CancelAsync(s.Member, run.Id);

        await engine.Workflows.DeleteAsync(s.Admin, s.Workflow.Id);

        Assert.False(Directory.Exists(engine.Get<FileStore>().WorkflowDirectory(s.Workflow.Id)));
        Assert.False(await engine.Db.Groups.AnyAsync());
        Assert.False(await engine.Db.Runs.AnyAsync());
        Assert.False(await engine.Db.UploadedFiles.AnyAsync());
        var error = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Workflows.GetAsync(s.Workflow.Id));
        Assert.Equal($"unknown workflow '{s.Workflow.Id}'", error.Message);
        await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Workflows.DeleteAsync(s.Admin, s.Workflow.Id));
    }

    [Fact]
    public async Task Delete_is_refused_while_a_run_is_active()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var s = await Scenario.CreateAsync(engine);
        await s.StartAsync();

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Workflows.DeleteAsync(s.Admin, s.Workflow.Id));

        Assert.Equal(ErrorCodes.InvalidRunState, error.Code);
        Assert.Equal(s.Workflow.Name, (await engine.Workflows.GetAsync(s.Workflow.Id)).Name);
    }

    [Fact]
    public async Task First_start_installs_the_sample_once()
    {
        await using var engine = await EngineFixture.CreateAsync(installSample: true);

        await engine.Get<EngineInitializer>().InitializeAsync();

        var workflow = Assert.Single(await engine.Workflows.ListAsync());
        Assert.Equal("Hello World Demo", workflow.Name);
        Assert.NotNull(engine.Get<WorkflowTemplates>().Get(workflow).ResultSchema);
    }
}
