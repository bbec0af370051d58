namespace Flowserv.GraphQL;

/// <summary>
/// A position in the response (spec 7.1.2 "path"): an immutable linked list so each field
/// extends its parent's path without copying.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, object key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    public ResponsePath? Parent { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; }

    public int Depth { get; }

    public static ResponsePath Root(string key) => new(null, key, 1);

    public ResponsePath Append(string key) => new(this, key, Depth + 1);

    public ResponsePath Append(int index) => new(this, index, Depth + 1);

    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var node = this; node is not null; node = node.Parent)
        {
            segments[node.Depth - 1] = node.Key;
        }

        return segments;
    }

    public override string ToString() => string.Join('.', ToList());
}
