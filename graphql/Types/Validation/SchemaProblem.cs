using System.Text;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// One broken rule: the message graphql-js would give, plus the SDL nodes it concerns (none for a
/// code-first schema), so problems in an SDL file point at their source.
/// </summary>
internal sealed record SchemaProblem(string Message, IReadOnlyList<SyntaxNode?> Nodes)
{
    public SchemaProblem(string message, SyntaxNode? node = null)
        : this(message, node is null ? [] : [node])
    {
    }

    /// <summary>
    /// The node whose visit raises this problem in graphql-js, and whether on leaving it; SDL problems are
    /// listed in that visiting order. Defaults to the first node.
    /// </summary>
    public SyntaxNode? ReportedAt { get; init; }

    public bool ReportedOnLeave { get; init; }

    /// <summary>Where graphql-js's document visitor reports this problem: a UTF-8 offset in the source.</summary>
    public int VisitOffset
    {
        get
        {
            var node = ReportedAt ?? Nodes.FirstOrDefault(candidate => candidate is not null);
            return node is null ? 0 : ReportedOnLeave ? node.Location.End : node.Location.Start;
        }
    }

    /// <summary>The message followed by the 1-based line:column of each node that came from a parsed document.</summary>
    public string Describe()
    {
        var builder = new StringBuilder(Message);
        var first = true;
        foreach (var node in Nodes)
        {
            if (node is null || node.Location.Line == 0)
            {
                continue;
            }

            builder.Append(first ? " (" : ", ").Append(node.Location.Line).Append(':').Append(node.Location.Column);
            first = false;
        }

        return first ? Message : builder.Append(')').ToString();
    }

    public static SchemaException ToException(IEnumerable<SchemaProblem> problems) =>
        new(problems.Select(problem => problem.Describe()).ToArray());
}
