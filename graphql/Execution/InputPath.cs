using System.Text;

namespace Flowserv.GraphQL.Execution;

/// <summary>The position of a value inside a runtime input value: field names and list indexes from the outside in.</summary>
internal sealed record InputPath(InputPath? Previous, object Key)
{
    public static InputPath Append(InputPath? previous, object key) => new(previous, key);

    /// <summary>graphql-js's printPathArray: <c>.field</c> for names, <c>[0]</c> for indexes.</summary>
    public static string Print(InputPath? path)
    {
        if (path is null)
        {
            return string.Empty;
        }

        var segments = new List<object>();
        for (var node = path; node is not null; node = node.Previous)
        {
            segments.Add(node.Key);
        }

        var text = new StringBuilder();
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            _ = segments[i] is int index ? text.Append('[').Append(index).Append(']') : text.Append('.').Append(segments[i]);
        }

        return text.ToString();
    }
}
