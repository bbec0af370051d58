using Flowserv.Engine.Errors;
using Flowserv.Engine.Storage;

namespace Flowserv.Engine.Tests.Templates;

public class SafePathTests
{
    [Theory]
    [InlineData("data/names.txt", "data/names.txt")]
    [InlineData("./data//names.txt", "data/names.txt")]
    [InlineData("data\\names.txt", "data/names.txt")]
    [InlineData("a/./b/", "a/b")]
    [InlineData("..names", "..names")]
    public void CombinesSafeRelativePaths(string relative, string expected)
    {
        using var folder = new TempFolder();
        Assert.Equal(Path.Combine(folder.Path, expected.Replace('/', Path.DirectorySeparatorChar)), SafePath.Combine(folder.Path, relative));
        Assert.Equal(expected, SafePath.NormalizeRelative(relative));
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("data/../../secret")]
    [InlineData("data/..")]
    [InlineData("..")]
    [InlineData("..\\secret")]
    [InlineData("/etc/passwd")]
    [InlineData("~/secret")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    [InlineData("./")]
    [InlineData("a\0b")]
    public void RejectsTraversalAbsoluteAndEmptyPaths(string relative)
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<ConstraintViolationException>(() => SafePath.Combine(folder.Path, relative));
        Assert.Equal((ErrorCodes.InvalidPath, $"invalid path '{relative}'"), (error.Code, error.Message));
        Assert.Throws<ConstraintViolationException>(() => SafePath.NormalizeRelative(relative));
    }

    [Fact]
    public void RejectsPathsThroughLinksThatLeaveTheFolder()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        outside.Write("secret.txt", "x");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "escape"), outside.Path);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "file-link"), Path.Combine(outside.Path, "secret.txt"));
        Assert.Equal(ErrorCodes.InvalidPath, Assert.Throws<ConstraintViolationException>(() => SafePath.Combine(folder.Path, "escape/secret.txt")).Code);
        Assert.Equal(ErrorCodes.InvalidPath, Assert.Throws<ConstraintViolationException>(() => SafePath.Combine(folder.Path, "escape/new/file.txt")).Code);
        Assert.Equal(ErrorCodes.InvalidPath, Assert.Throws<ConstraintViolationException>(() => SafePath.Combine(folder.Path, "file-link")).Code);
    }

    [Fact]
    public void AllowsLinksThatStayInsideTheFolder()
    {
        using var folder = new TempFolder();
        folder.Write("data/names.txt", "Alice");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "alias"), Path.Combine(folder.Path, "data"));
        Assert.Equal(Path.Combine(folder.Path, "alias", "names.txt"), SafePath.Combine(folder.Path, "alias/names.txt"));
    }

    [Fact]
    public void CombineFromAllowsDotDotWithinTheBase()
    {
        using var folder = new TempFolder();
        var sub = Path.Combine(folder.Path, "parameters");
        Assert.Equal(Path.Combine(folder.Path, "defaults", "a.yaml"), SafePath.CombineFrom(folder.Path, sub, "../defaults/a.yaml"));
        Assert.Equal(Path.Combine(sub, "b.yaml"), SafePath.CombineFrom(folder.Path, sub, "b.yaml"));
        Assert.Equal("invalid path '../../x.yaml'", Assert.Throws<ConstraintViolationException>(() => SafePath.CombineFrom(folder.Path, sub, "../../x.yaml")).Message);
        Assert.Equal("invalid path '/etc/passwd'", Assert.Throws<ConstraintViolationException>(() => SafePath.CombineFrom(folder.Path, sub, "/etc/passwd")).Message);
    }
}
