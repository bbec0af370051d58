using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Templates;

public class TemplateDigestTests
{
    private static readonly WorkflowTemplate Template = TemplateLoader.FromYaml(TemplateText.WithParameters(TemplateText.Greeting));

    private static TempFolder Files()
    {
        var folder = new TempFolder();
        folder.Write("code/run.py", "print('hi')\n");
        folder.Write("data/names.txt", "Alice\nBob\n");
        return folder;
    }

    [Fact]
    public void IsAStableLowercaseSha256()
    {
        using var first = Files();
        using var second = Files();
        var digest = TemplateDigest.Compute(first.Path, Template);
        Assert.Matches("^[0-9a-f]{64}$", digest);
        Assert.Equal(digest, TemplateDigest.Compute(second.Path, Template));
        Assert.Equal(digest, TemplateDigest.Compute(first.Path, TemplateLoader.FromJson(Template.ToJson())));
    }

    [Fact]
    public void MatchesTheDigestOfTheFilesBeforeInstall()
    {
        using var folder = Files();
        var files = new[] { "data/names.txt", "code/run.py" }.Select(path => new ManifestFile(Path.Combine(folder.Path, path), path));
        Assert.Equal(TemplateDigest.Compute(folder.Path, Template), TemplateDigest.Compute(files, Template));
    }

    [Fact]
    public void ChangesWithContentPathsAndTemplate()
    {
        using var folder = Files();
        var digests = new HashSet<string> { TemplateDigest.Compute(folder.Path, Template) };
        folder.Write("data/names.txt", "Alice\nBob\nCarol\n");
        Assert.True(digests.Add(TemplateDigest.Compute(folder.Path, Template)));
        File.Move(Path.Combine(folder.Path, "data/names.txt"), Path.Combine(folder.Path, "data/people.txt"));
        Assert.True(digests.Add(TemplateDigest.Compute(folder.Path, Template)));
        var other = TemplateLoader.FromYaml(TemplateText.WithParameters(TemplateText.Greeting.Replace("Hello", "Hi", StringComparison.Ordinal)));
        Assert.True(digests.Add(TemplateDigest.Compute(folder.Path, other)));
        folder.Write("empty.txt", "");
        Assert.True(digests.Add(TemplateDigest.Compute(folder.Path, other)));
    }
}
