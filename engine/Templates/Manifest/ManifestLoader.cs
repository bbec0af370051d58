using Flowserv.Engine.Storage;

namespace Flowserv.Engine.Templates;

/// <summary>
/// Reads a workflow source folder: the manifest (<c>flowserv.json</c>, <c>flowserv.yaml</c>,
/// <c>flowserv.yml</c>, first found; none is an empty manifest), install-time overrides, the
/// instructions with their includes, the template, and the files to copy. Manifest keys are strict:
/// <c>name</c>, <c>description</c>, <c>instructions</c>, <c>files: [{source, target?}]</c>, <c>specfile</c>.
/// All paths are relative to the source folder and may not leave it (INVALID_PATH).
/// </summary>
public static class ManifestLoader
{
    public static IReadOnlyList<string> ManifestFileNames { get; } = ["flowserv.json", "flowserv.yaml", "flowserv.yml"];

    // flowServ defines these fallbacks without using them; they make a manifest-less folder installable.
    public static IReadOnlyList<string> SpecFileNames { get; } =
        [.. new[] { "benchmark", "workflow", "template" }.SelectMany(name => new[] { ".json", ".yaml", ".yml" }.Select(suffix => name + suffix))];

    public static WorkflowManifest Load(string sourceDir, ManifestOverrides? overrides = null)
    {
        overrides ??= new ManifestOverrides();
        if (!Directory.Exists(sourceDir))
        {
            throw new ManifestException("source folder not found");
        }
        var manifest = ReadManifest(sourceDir, overrides.ManifestFile);
        manifest.RejectUnknown("name", "description", "instructions", "files", "specfile");
        var name = overrides.Name ?? manifest.GetString("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ManifestException("missing name");
        }
        var instructions = overrides.Instructions ?? manifest.GetString("instructions");
        var specFile = overrides.SpecFile ?? manifest.GetString("specfile") ?? DefaultSpecFile(sourceDir)
            ?? throw new ManifestException("missing workflow specification");
        var specPath = SafePath.Combine(sourceDir, specFile);
        if (!File.Exists(specPath))
        {
            throw new ManifestException($"workflow specification '{specFile}' not found");
        }
        return new WorkflowManifest(
            name.Trim(),
            overrides.Description ?? manifest.GetString("description"),
            instructions is null ? null : InstructionsReader.Read(sourceDir, instructions),
            TemplateLoader.LoadFile(specPath, sourceDir),
            manifest.Has("files") ? ListedFiles(sourceDir, manifest) : FilesUnder(sourceDir, Path.GetFullPath(sourceDir), ""));
    }

    private static DocumentMap ReadManifest(string sourceDir, string? manifestFile)
    {
        var path = manifestFile is not null
            ? SafePath.Combine(sourceDir, manifestFile)
            : ManifestFileNames.Select(name => Path.Combine(sourceDir, name)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return DocumentMap.From(new Dictionary<string, object?>(), "manifest", message => new ManifestException(message));
        }
        if (!File.Exists(path))
        {
            throw new ManifestException($"manifest file '{manifestFile}' not found");
        }
        object? document;
        try
        {
            document = DocumentReader.ReadFile(path, sourceDir);
        }
        catch (TemplateException error)
        {
            throw new ManifestException(error.Message);
        }
        return DocumentMap.From(document ?? new Dictionary<string, object?>(), "manifest", message => new ManifestException(message));
    }

    private static string? DefaultSpecFile(string sourceDir) => SpecFileNames.FirstOrDefault(name => File.Exists(Path.Combine(sourceDir, name)));

    private static List<ManifestFile> ListedFiles(string sourceDir, DocumentMap manifest)
    {
        var files = new List<ManifestFile>();
        foreach (var (item, position) in manifest.GetList("files").Select((item, position) => (item, position)))
        {
            var entry = manifest.Nested(item, $"manifest file #{position + 1}");
            entry.RejectUnknown("source", "target");
            var source = entry.RequireString("source");
            var sourcePath = SafePath.Combine(sourceDir, source);
            var target = entry.GetString("target") ?? source;
            var targetPath = string.IsNullOrWhiteSpace(target) ? "" : SafePath.NormalizeRelative(target);
            if (Directory.Exists(sourcePath))
            {
                files.AddRange(FilesUnder(sourceDir, sourcePath, targetPath));
            }
            else if (File.Exists(sourcePath))
            {
                files.Add(new ManifestFile(sourcePath, targetPath.Length > 0 ? targetPath : Path.GetFileName(sourcePath)));
            }
            else
            {
                throw new ManifestException($"file '{source}' not found");
            }
        }
        return files;
    }

    // Links are skipped: a link in an uploaded archive could otherwise copy files from outside the source folder.
    private static List<ManifestFile> FilesUnder(string sourceDir, string folder, string targetFolder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
        return [.. Directory.EnumerateFiles(folder, "*", options)
            .Select(file => (File: file, Relative: Path.GetRelativePath(folder, file).Replace('\\', '/')))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .Select(file => new ManifestFile(
                SafePath.Combine(sourceDir, Path.GetRelativePath(sourceDir, file.File)),
                SafePath.NormalizeRelative(targetFolder.Length == 0 ? file.Relative : $"{targetFolder}/{file.Relative}")))];
    }
}
