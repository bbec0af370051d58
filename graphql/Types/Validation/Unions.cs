using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>Spec 3.8 Unions, "Type Validation": one or more members, each an object type included once.</summary>
internal static class Unions
{
    public static SchemaProblem NotAnObject(string unionName, NamedType member, IReadOnlyList<SyntaxNode?> nodes) =>
        new($"Union type {unionName} can only include Object types, it cannot include {member.Name}.", nodes);

    /// <param name="union">The union to check.</param>
    /// <param name="rejectedMembers">Problems with declared members the union could not hold (see <see cref="NotAnObject"/>).</param>
    /// <param name="problems">Where problems are added.</param>
    public static void Check(UnionType union, IReadOnlyList<SchemaProblem> rejectedMembers, List<SchemaProblem> problems)
    {
        if (union.Types.Count == 0 && rejectedMembers.Count == 0)
        {
            problems.Add(new($"Union type {union.Name} must define one or more member types.", Objects.DefinitionNodes(union)));
        }

        problems.AddRange(rejectedMembers);

        var seen = new HashSet<string>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                problems.Add(new($"Union type {union.Name} can only include type {member.Name} once.", MemberNodes(union, member.Name)));
            }
        }
    }

    /// <summary>The member entries naming <paramref name="memberName"/> in a union's definition and extensions.</summary>
    public static List<SyntaxNode?> MemberNodes(NamedType union, string memberName)
    {
        var nodes = new List<SyntaxNode?>();
        foreach (var node in Objects.DefinitionNodes(union))
        {
            var members = node switch
            {
                UnionTypeDefinitionNode definition => definition.Types,
                UnionTypeExtensionNode extension => extension.Types,
                _ => [],
            };
            nodes.AddRange(members.Where(named => named.Name.Value == memberName));
        }

        return nodes;
    }
}
