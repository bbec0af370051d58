using Flowserv.GraphQL.Introspection;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Execution;

/// <summary>Finds <c>__schema</c> and <c>__type</c> in an operation (fragments included) when introspection is disabled.</summary>
public static class IntrospectionUsageAnalyzer
{
    /// <summary>The error for the first introspection field of <paramref name="operation"/>, or null when it has none.</summary>
    public static GraphQLError? Check(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments) =>
        Find(operation.SelectionSet, fragments, []) is { } field
            ? new GraphQLError(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name.Value}\".",
                ErrorLocations.Of(field),
                extensions: ErrorExtensions.Code(ErrorCodes.IntrospectionDisabled))
            : null;

    private static FieldNode? Find(SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                FieldNode field when field.Name.Value == MetaFields.Schema.Name || field.Name.Value == MetaFields.Type.Name => field,
                FieldNode { SelectionSet: { } subselection } => Find(subselection, fragments, visitedFragments),
                InlineFragmentNode inline => Find(inline.SelectionSet, fragments, visitedFragments),
                FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment) =>
                    Find(fragment.SelectionSet, fragments, visitedFragments),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
