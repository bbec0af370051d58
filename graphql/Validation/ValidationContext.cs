using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// What rules see during one validation run: the schema, the document, the walker's <see cref="TypeInfo"/>,
/// error reporting and per-document lookups (fragments, spreads, variable usages) computed once and cached.
/// </summary>
public sealed class ValidationContext
{
    private readonly Action<GraphQLError> onError;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> spreadsBySelectionSet = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> fragmentsByOperation = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> usagesByDefinition = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> recursiveUsagesByOperation = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<SelectionSetNode> spreadSearchStack = new();
    private Dictionary<string, FragmentDefinitionNode>? fragmentsByName;
    private VariableUsageCollector? variableUsageCollector;
    private IReadOnlyDictionary<string, object?>? currentExtensions;

    internal ValidationContext(GraphQLSchema schema, DocumentNode document, Action<GraphQLError> onError)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        this.onError = onError;
    }

    public GraphQLSchema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>Reports a validation error located at <paramref name="nodes"/>, attributed to the rule being run.</summary>
    public void ReportError(string message, params SyntaxNode[] nodes)
    {
        var locations = new SourceLocation[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            locations[i] = new SourceLocation(nodes[i].Location.Line, nodes[i].Location.Column);
        }

        onError(new GraphQLError(message, locations, extensions: currentExtensions));
    }

    /// <summary>The fragment definition named <paramref name="name"/>; with duplicates, the last one (as graphql-js).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (fragmentsByName is null)
        {
            fragmentsByName = [];
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    fragmentsByName[fragment.Name.Value] = fragment;
                }
            }
        }

        return fragmentsByName.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere in <paramref name="selectionSet"/>, without following them into fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (spreadsBySelectionSet.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        List<FragmentSpreadNode>? spreads = null;
        var setsToVisit = spreadSearchStack;
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            for (var i = 0; i < set.Selections.Count; i++)
            {
                var selection = set.Selections[i];
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inlineFragment:
                        setsToVisit.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }

        IReadOnlyList<FragmentSpreadNode> found = spreads is null ? [] : spreads;
        spreadsBySelectionSet[selectionSet] = found;
        return found;
    }

    /// <summary>Every defined fragment the operation reaches through spreads, transitively, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (fragmentsByOperation.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collectedNames = new HashSet<string>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(operation.SelectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            var spreads = GetFragmentSpreads(set);
            for (var i = 0; i < spreads.Count; i++)
            {
                var spread = spreads[i];
                if (collectedNames.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    setsToVisit.Push(fragment.SelectionSet);
                }
            }
        }

        fragmentsByOperation[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used as values in <paramref name="definition"/> (not in its variable definitions).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (!usagesByDefinition.TryGetValue(definition, out var usages))
        {
            variableUsageCollector ??= new VariableUsageCollector(Schema);
            usages = variableUsageCollector.Collect(definition);
            usagesByDefinition[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variable usages of the operation and of every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (recursiveUsagesByOperation.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        var fragments = GetRecursivelyReferencedFragments(operation);
        for (var i = 0; i < fragments.Count; i++)
        {
            var fragment = fragments[i];
            usages.AddRange(GetVariableUsages(fragment));
        }

        recursiveUsagesByOperation[operation] = usages;
        return usages;
    }

    /// <summary>Sets the <c>extensions</c> stamped on errors reported until the next call (the walker's current rule).</summary>
    internal void AttributeErrorsTo(IReadOnlyDictionary<string, object?> extensions) => currentExtensions = extensions;
}
