using Flowserv.Engine.Errors;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class ManifestLoaderTests
{
    private static TempFolder Project(string? manifestName = "flowserv.yaml", string manifest = "name: 'Hello World'\nspecfile: benchmark.yaml\n")
    {
        var folder = new TempFolder();
        folder.Write("benchmark.yaml", TemplateText.WithParameters(TemplateText.Greeting));
        folder.Write("code/run.py", "print('hi')\n");
        folder.Write("data/names.txt", "Alice\nBob\n");
        if (manifestName is not null)
        {
            folder.Write(manifestName, manifest);
        }
        return folder;
    }

    private static string Error(TempFolder folder, ManifestOverrides? overrides = null) =>
        Assert.Throws<ManifestException>(() => ManifestLoader.Load(folder.Path, overrides)).Message;

    private static IEnumerable<(string Source, string Target)> Relative(TempFolder folder, WorkflowManifest manifest) =>
        manifest.Files.Select(file => (Path.GetRelativePath(folder.Path, file.SourcePath).Replace('\\', '/'), file.TargetPath));

    [Fact]
    public void WithoutFilesTheWholeFolderIsCopied()
    {
        using var folder = Project();
        var manifest = ManifestLoader.Load(folder.Path);
        Assert.Equal(("Hello World", null, null), (manifest.Name, manifest.Description, manifest.Instructions));
        Assert.Equal(["benchmark.yaml", "code/run.py", "data/names.txt", "flowserv.yaml"], manifest.Files.Select(file => file.TargetPath));
        Assert.Equal(["run"], manifest.Template.Workflow.Steps.Select(step => step.Name));
    }

    [Fact]
    public void ListedFilesAreCopiedToTheirTargets()
    {
        using var folder = Project(manifest: """
            name: 'Hello World'
            description: 'Hello World Demo'
            specfile: benchmark.yaml
            files:
                - source: code
                - source: data/names.txt
                  target: inputs/people.txt
                - source: data
                  target: ''
            """);
        var manifest = ManifestLoader.Load(folder.Path);
        Assert.Equal("Hello World Demo", manifest.Description);
        Assert.Equal(
            [("code/run.py", "code/run.py"), ("data/names.txt", "inputs/people.txt"), ("data/names.txt", "names.txt")],
            Relative(folder, manifest));
    }

    [Fact]
    public void ManifestFilesAreSearchedInOrder()
    {
        using var folder = Project("flowserv.yml", "name: from yml\nspecfile: benchmark.yaml\n");
        folder.Write("flowserv.yaml", "name: from yaml\nspecfile: benchmark.yaml\n");
        Assert.Equal("from yaml", ManifestLoader.Load(folder.Path).Name);
        folder.Write("flowserv.json", """{"name": "from json", "specfile": "benchmark.yaml"}""");
        Assert.Equal("from json", ManifestLoader.Load(folder.Path).Name);
    }

    [Fact]
    public void OverridesWin()
    {
        using var folder = Project();
        folder.Write("alt/spec.yaml", TemplateText.WithParameters(TemplateText.Greeting).Replace("name: run", "name: alt", StringComparison.Ordinal));
        folder.Write("alt/manifest.yaml", "name: Alt\ndescription: From alt\nspecfile: benchmark.yaml\n");
        folder.Write("docs/readme.md", "  Read me  \n");
        var manifest = ManifestLoader.Load(folder.Path, new ManifestOverrides(SpecFile: "alt/spec.yaml", ManifestFile: "alt/manifest.yaml", Instructions: "docs/readme.md"));
        Assert.Equal(("Alt", "From alt", "Read me", "alt"), (manifest.Name, manifest.Description, manifest.Instructions, manifest.Template.Workflow.Steps[0].Name));
        var renamed = ManifestLoader.Load(folder.Path, new ManifestOverrides(Name: "  Mine ", Description: "Text"));
        Assert.Equal(("Mine", "Text"), (renamed.Name, renamed.Description));
    }

    [Fact]
    public void WithoutManifestTheNameMustBeGivenAndTheSpecFileIsFound()
    {
        using var folder = Project(manifestName: null);
        Assert.Equal("missing name", Error(folder));
        var manifest = ManifestLoader.Load(folder.Path, new ManifestOverrides(Name: "Hello"));
        Assert.Equal("Hello", manifest.Name);
        Assert.Equal(["benchmark.yaml", "code/run.py", "data/names.txt"], manifest.Files.Select(file => file.TargetPath));
        Assert.Equal(["run"], manifest.Template.Workflow.Steps.Select(step => step.Name));
    }

    [Fact]
    public void InstructionsIncludeOtherFilesRecursively()
    {
        using var folder = Project(manifest: "name: x\nspecfile: benchmark.yaml\ninstructions: instructions.md\n");
        folder.Write("instructions.md", "# Hello World\n\n{{docs/include1.md}}\n");
        folder.Write("docs/include1.md", "* Include me, and\n{{ include2.md }}\n");
        folder.Write("docs/include2.md", "* Include me, too.\n");
        Assert.Equal("# Hello World\n\n* Include me, and\n* Include me, too.", ManifestLoader.Load(folder.Path).Instructions);
    }

    [Fact]
    public void InstructionIncludeErrors()
    {
        using var folder = Project(manifest: "name: x\nspecfile: benchmark.yaml\ninstructions: instructions.md\n");
        Assert.Equal("instructions file 'instructions.md' not found", Error(folder));
        folder.Write("instructions.md", "{{instructions.md}}");
        Assert.Equal("circular include of 'instructions.md' in instructions", Error(folder));
        folder.Write("instructions.md", "{{../../etc/passwd}}");
        Assert.Equal(ErrorCodes.InvalidPath, Assert.Throws<ConstraintViolationException>(() => ManifestLoader.Load(folder.Path)).Code);
    }

    [Theory]
    [InlineData("specfile: benchmark.yaml", "missing name")]
    [InlineData("name: x\nspecfile: nothere.yaml", "workflow specification 'nothere.yaml' not found")]
    [InlineData("name: x\nworkflowSpec: benchmark.yaml", "unknown element 'workflowSpec' in manifest")]
    [InlineData("name: x\nspecfile: benchmark.yaml\nfiles:\n  - source: missing", "file 'missing' not found")]
    [InlineData("name: x\nspecfile: benchmark.yaml\nfiles:\n  - target: code", "missing element 'source' in manifest file #1")]
    [InlineData("name: x\nspecfile: benchmark.yaml\nfiles:\n  - {source: code, mode: 644}", "unknown element 'mode' in manifest file #1")]
    [InlineData("name: [x", "invalid YAML in flowserv.yaml (line 2): While parsing a flow sequence, did not find expected ',' or ']'.")]
    public void InvalidManifestsAreRejected(string manifest, string message)
    {
        using var folder = Project(manifest: manifest);
        Assert.Equal(message, Error(folder));
    }

    [Fact]
    public void MissingSpecificationWithoutFallback()
    {
        using var folder = Project(manifest: "name: x\n");
        File.Delete(Path.Combine(folder.Path, "benchmark.yaml"));
        Assert.Equal("missing workflow specification", Error(folder));
    }

    [Fact]
    public void TemplateErrorsKeepTheirCode()
    {
        using var folder = Project();
        folder.Write("benchmark.yaml", "parameters: []\n");
        Assert.Equal("missing element 'workflow'", Assert.Throws<TemplateException>(() => ManifestLoader.Load(folder.Path)).Message);
    }

    [Theory]
    [InlineData("files:\n  - source: ../outside")]
    [InlineData("files:\n  - source: /etc")]
    [InlineData("files:\n  - source: code\n    target: ../../x")]
    [InlineData("specfile: ../benchmark.yaml")]
    [InlineData("instructions: /etc/passwd")]
    public void PathsMayNotLeaveTheSourceFolder(string entry)
    {
        using var folder = Project(manifest: "name: x\n" + (entry.StartsWith("specfile", StringComparison.Ordinal) ? "" : "specfile: benchmark.yaml\n") + entry + "\n");
        Assert.Equal(ErrorCodes.InvalidPath, Assert.Throws<ConstraintViolationException>(() => ManifestLoader.Load(folder.Path)).Code);
    }

    [Fact]
    public void LinksInTheSourceFolderAreNotCopied()
    {
        using var outside = new TempFolder();
        outside.Write("secret.txt", "x");
        using var folder = Project(manifest: "name: x\nspecfile: benchmark.yaml\nfiles:\n  - source: code\n");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "code", "secret.txt"), Path.Combine(outside.Path, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "code", "more"), outside.Path);
        Assert.Equal(["code/run.py"], ManifestLoader.Load(folder.Path).Files.Select(file => file.TargetPath));
    }

    [Fact]
    public void MissingSourceFolderIsAnError()
    {
        using var folder = new TempFolder();
        Assert.Equal("source folder not found", Assert.Throws<ManifestException>(() => ManifestLoader.Load(Path.Combine(folder.Path, "none"))).Message);
    }
}
