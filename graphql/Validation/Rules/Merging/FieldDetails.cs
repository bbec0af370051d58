using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules.Merging;

/// <summary>
/// One field of a collected selection set with the type it was selected on and its definition there. What is
/// only needed once the field overlaps another (argument keys, earlier comparison outcomes) is built lazily.
/// </summary>
internal sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
{
    private Dictionary<FieldDetails, string?>? comparisons;
    private FieldArguments? arguments;
    private string? typeString;

    public NamedType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    /// <summary>The field's definition; null for unknown fields and for meta-fields, which graphql-js does not look up here.</summary>
    public FieldDefinition? Definition { get; } = definition;

    /// <summary>A field without arguments or sub-selections: equal names and types suffice for it to merge.</summary>
    public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null;

    public FieldArguments Arguments => arguments ??= new FieldArguments(Node.Arguments);

    public string TypeString => typeString ??= Definition!.Type.ToString();

    /// <summary>The reason recorded by an earlier comparison with <paramref name="other"/> (null: none found).</summary>
    public bool TryGetComparison(FieldDetails other, out string? reason)
    {
        reason = null;
        return comparisons is not null && comparisons.TryGetValue(other, out reason);
    }

    public void RecordComparison(FieldDetails other, string? reason) => (comparisons ??= []).Add(other, reason);
}
