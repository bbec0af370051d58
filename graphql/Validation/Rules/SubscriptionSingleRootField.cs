using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 (September 2025): a subscription selects exactly one root field, not an introspection
/// field, and its root selection set (fragments included) uses no <c>@skip</c> or <c>@include</c>, so the
/// one field is known without variables.
/// </summary>
public sealed class SubscriptionSingleRootField : ValidationRule
{
    public override string Name => nameof(SubscriptionSingleRootField);

    public override string SpecAnchor => SpecAnchors.September2025 + "sec-Single-Root-Field";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation ||
            context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var collector = new RootFieldCollector(context, subscriptionType);
        collector.Collect(operation.SelectionSet);
        var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (collector.ConditionalDirectives.Count > 0)
        {
            context.ReportError(
                $"{subject} must not use `@skip` or `@include` directives in the top level selection.",
                [.. collector.ConditionalDirectives]);
            return;
        }

        var fieldsByResponseName = collector.FieldsByResponseName;
        if (fieldsByResponseName.Count == 0)
        {
            context.ReportError($"{subject} must select one top level field.", operation.SelectionSet);
        }
        else if (fieldsByResponseName.Count > 1)
        {
            var extraFields = new List<SyntaxNode>();
            for (var i = 1; i < fieldsByResponseName.Count; i++)
            {
                extraFields.AddRange(fieldsByResponseName.GetAt(i).Value);
            }

            context.ReportError($"{subject} must select only one top level field.", [.. extraFields]);
        }

        foreach (var fields in fieldsByResponseName.Values)
        {
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{subject} must not select an introspection top level field.", [.. fields]);
            }
        }
    }

    /// <summary>CollectFields (spec 6.3.2) on the subscription root type, recording <c>@skip</c>/<c>@include</c> instead of evaluating them.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType rootType)
    {
        private readonly HashSet<string> visitedFragments = [];

        public OrderedDictionary<string, List<FieldNode>> FieldsByResponseName { get; } = new();

        public List<DirectiveNode> ConditionalDirectives { get; } = [];

        public void Collect(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (HasConditionalDirective(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        if (!FieldsByResponseName.TryGetValue(field.ResponseName, out var fields))
                        {
                            FieldsByResponseName.Add(field.ResponseName, fields = []);
                        }

                        fields.Add(field);
                        break;
                    case InlineFragmentNode inlineFragment:
                        if (inlineFragment.TypeCondition is null || AppliesToRoot(inlineFragment.TypeCondition))
                        {
                            Collect(inlineFragment.SelectionSet);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        if (context.GetFragment(spread.Name.Value) is { } fragment &&
                            AppliesToRoot(fragment.TypeCondition) &&
                            visitedFragments.Add(spread.Name.Value))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        /// <summary>Records the selection's <c>@skip</c>, else its <c>@include</c>; such a selection is left out.</summary>
        private bool HasConditionalDirective(SelectionNode selection)
        {
            var directive = FindDirective(selection.Directives, "skip") ?? FindDirective(selection.Directives, "include");
            if (directive is null)
            {
                return false;
            }

            ConditionalDirectives.Add(directive);
            return true;
        }

        private bool AppliesToRoot(NamedTypeNode typeCondition) =>
            context.Schema.GetType(typeCondition.Name.Value) switch
            {
                null => false,
                var type when ReferenceEquals(type, rootType) => true,
                var type when type.IsAbstractType() => context.Schema.IsSubType(type, rootType),
                _ => false,
            };

        private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
        {
            foreach (var directive in directives)
            {
                if (directive.Name.Value == name)
                {
                    return directive;
                }
            }

            return null;
        }
    }
}
