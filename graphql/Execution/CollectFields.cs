using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Spec 6.3.2 CollectFields: the fields a selection set selects on an object type, grouped by response
/// key in first-occurrence order, honouring @skip then @include and expanding each fragment once.
/// </summary>
public static class CollectFields
{
    public static OrderedDictionary<string, List<FieldNode>> Collect(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?>? variables,
        ObjectType objectType,
        SelectionSetNode selectionSet)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>();
        HashSet<string>? visitedFragments = null;
        CollectInto(new(schema, fragments, variables, objectType), selectionSet, fields, ref visitedFragments);
        return fields;
    }

    /// <summary>Spec 6.4.3 CollectSubfields: the merged selection sets of every field node of one response key.</summary>
    public static OrderedDictionary<string, List<FieldNode>> CollectSubfields(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?>? variables,
        ObjectType objectType,
        IReadOnlyList<FieldNode> fieldNodes)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>();
        HashSet<string>? visitedFragments = null;
        var scope = new Scope(schema, fragments, variables, objectType);
        foreach (var fieldNode in fieldNodes)
        {
            if (fieldNode.SelectionSet is { } selectionSet)
            {
                CollectInto(scope, selectionSet, fields, ref visitedFragments);
            }
        }

        return fields;
    }

    /// <summary>Spec 6.3.2 step "@skip then @include": whether a selection takes part given the request's variables.</summary>
    public static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?>? variables)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name == SpecifiedDirectives.Skip.Name && IfArgument(SpecifiedDirectives.Skip, directive, variables))
            {
                return false;
            }

            if (name == SpecifiedDirectives.Include.Name && !IfArgument(SpecifiedDirectives.Include, directive, variables))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IfArgument(DirectiveDefinition definition, DirectiveNode directive, IReadOnlyDictionary<string, object?>? variables)
    {
        if (directive.Arguments is [{ Value: BooleanValueNode literal }])
        {
            return literal.Value;
        }

        return ArgumentValues.Coerce(definition.Arguments, directive.Arguments, variables, directive)["if"] is true;
    }

    private static void CollectInto(
        in Scope scope,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> fields,
        ref HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(selection.Directives, scope.Variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseName;
                    if (fields.TryGetValue(key, out var group))
                    {
                        group.Add(field);
                    }
                    else
                    {
                        fields.Add(key, [field]);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(scope, inline.TypeCondition))
                    {
                        CollectInto(scope, inline.SelectionSet, fields, ref visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var fragmentName = spread.Name.Value;
                    visitedFragments ??= [];
                    if (!visitedFragments.Add(fragmentName) ||
                        !scope.Fragments.TryGetValue(fragmentName, out var fragment) ||
                        !DoesFragmentTypeApply(scope, fragment.TypeCondition))
                    {
                        continue;
                    }

                    CollectInto(scope, fragment.SelectionSet, fields, ref visitedFragments);
                    break;
            }
        }
    }

    /// <summary>Spec 6.3.2 DoesFragmentTypeApply.</summary>
    private static bool DoesFragmentTypeApply(in Scope scope, NamedTypeNode typeCondition)
    {
        var conditionName = typeCondition.Name.Value;
        if (conditionName == scope.ObjectType.Name)
        {
            return true;
        }

        return scope.Schema.GetType(conditionName) is { } conditionType &&
            conditionType is InterfaceType or UnionType &&
            scope.Schema.IsSubType(conditionType, scope.ObjectType);
    }

    private readonly record struct Scope(
        GraphQLSchema Schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments,
        IReadOnlyDictionary<string, object?>? Variables,
        ObjectType ObjectType);
}
