using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Execution;

/// <summary>Where a syntax node starts, as error locations (spec 7.1.2).</summary>
internal static class ErrorLocations
{
    public static SourceLocation[] Of(SyntaxNode node) => [new(node.Location.Line, node.Location.Column)];

    public static SourceLocation[] Of(IReadOnlyList<FieldNode> nodes)
    {
        var locations = new SourceLocation[nodes.Count];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = new(nodes[i].Location.Line, nodes[i].Location.Column);
        }

        return locations;
    }
}
