namespace Flowserv.Engine.Templates;

/// <summary>
/// A retained output file (<c>outputs</c> item): <see cref="Source"/> in the run folder, and
/// <see cref="Key"/> (default: the source), the name the file has in run handles. Title, caption,
/// format and widget are for display only.
/// </summary>
public sealed record OutputFileSpec(
    string Source,
    string Key,
    string? Title = null,
    string? Caption = null,
    object? Format = null,
    object? Widget = null)
{
    internal static OutputFileSpec Parse(object? element, string context)
    {
        var doc = DocumentMap.From(element, context);
        doc.RejectUnknown("source", "key", "title", "caption", "format", "widget");
        var source = doc.RequireString("source");
        return new OutputFileSpec(source, doc.GetString("key") ?? source, doc.GetString("title"), doc.GetString("caption"), doc.Get("format"), doc.Get("widget"));
    }
}
