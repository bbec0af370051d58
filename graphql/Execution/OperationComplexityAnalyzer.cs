using System.Globalization;
using Flowserv.GraphQL.Introspection;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Estimates an operation's cost before it runs: each field adds its <see cref="FieldDefinition.Cost"/>
/// plus the cost of its selection times the values of its <see cref="FieldDefinition.CostMultipliers"/>
/// arguments (so <c>users(first: 10) { name }</c> costs 1 + 10 × 1), or, when the field names
/// <see cref="FieldDefinition.SizedFields"/>, only those fields of its selection times the multipliers
/// (<c>runs(first: 100) { totalCount }</c> costs 2). Multipliers come from literals, variables or defaults,
/// and count as 1 when absent. Fragments are expanded; @skip/@include are ignored.
/// </summary>
public static class OperationComplexityAnalyzer
{
    /// <summary>Complexity saturates here, so hostile multipliers cannot overflow.</summary>
    private const long Saturated = 1L << 40;

    /// <summary>The error to report when <paramref name="operation"/> costs more than <paramref name="maxComplexity"/>, else null.</summary>
    public static GraphQLError? Check(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?>? variables,
        int maxComplexity)
    {
        var complexity = Complexity(schema, operation, fragments, variables);
        return complexity <= maxComplexity
            ? null
            : new GraphQLError(
                $"The operation has a complexity of {complexity}, which exceeds the maximum complexity of {maxComplexity}.",
                ErrorLocations.Of(operation),
                extensions: ErrorExtensions.Code(ErrorCodes.MaxComplexityExceeded));
    }

    /// <param name="variables">The raw (not yet coerced) variable values in plain form.</param>
    public static long Complexity(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?>? variables)
    {
        var rootType = schema.GetRootType(operation.Operation);
        return rootType is null ? 0 : new Walker(schema, operation, fragments, variables).Complexity(operation.SelectionSet, rootType);
    }

    private sealed class Walker(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?>? variables)
    {
        private readonly Dictionary<(string Fragment, IReadOnlyList<string> SizedFields), Cost> fragmentCosts = [];
        private readonly HashSet<string> fragmentsInProgress = [];

        public long Complexity(SelectionSetNode selectionSet, NamedType parentType) => Complexity(selectionSet, parentType, []).Total;

        /// <summary>
        /// The selection's cost, and the part of it spent on the fields named <paramref name="sizedFields"/>
        /// (fragments included), in one walk: a sized field's subtree is costed once, however deep connections nest.
        /// </summary>
        private Cost Complexity(SelectionSetNode selectionSet, NamedType parentType, IReadOnlyList<string> sizedFields)
        {
            var total = 0L;
            var sized = 0L;
            foreach (var selection in selectionSet.Selections)
            {
                var cost = selection switch
                {
                    FieldNode field => FieldCost(field, parentType, sizedFields),
                    InlineFragmentNode inline => Complexity(inline.SelectionSet, TypeCondition(inline.TypeCondition) ?? parentType, sizedFields),
                    FragmentSpreadNode spread => FragmentCost(spread.Name.Value, sizedFields),
                    _ => default,
                };
                total = Math.Min(Saturated, total + cost.Total);
                sized = Math.Min(Saturated, sized + cost.Sized);
            }

            return new Cost(total, sized);
        }

        private Cost FieldCost(FieldNode field, NamedType parentType, IReadOnlyList<string> sizedFields)
        {
            var cost = FieldComplexity(field, parentType);
            return new Cost(cost, sizedFields.Contains(field.Name.Value) ? cost : 0);
        }

        private long FieldComplexity(FieldNode field, NamedType parentType)
        {
            var definition = MetaFields.Find(schema, parentType, field.Name.Value);
            if (definition is null)
            {
                return 0;
            }

            var cost = (long)Math.Max(0, definition.Cost);
            if (field.SelectionSet is null)
            {
                return cost;
            }

            var selection = Complexity(field.SelectionSet, definition.Type.NamedType(), definition.SizedFields);
            var sizedCost = definition.SizedFields.Count == 0 ? selection.Total : selection.Sized;
            var unsizedCost = Math.Max(0, selection.Total - sizedCost);
            foreach (var argumentName in definition.CostMultipliers)
            {
                var multiplier = Multiplier(definition, field, argumentName);
                sizedCost = multiplier == 0 ? 0 : sizedCost > Saturated / multiplier ? Saturated : sizedCost * multiplier;
            }

            return Math.Min(Saturated, cost + unsizedCost + sizedCost);
        }

        private Cost FragmentCost(string name, IReadOnlyList<string> sizedFields)
        {
            if (fragmentCosts.TryGetValue((name, sizedFields), out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment) || TypeCondition(fragment.TypeCondition) is not { } type || !fragmentsInProgress.Add(name))
            {
                return default;
            }

            var cost = Complexity(fragment.SelectionSet, type, sizedFields);
            fragmentsInProgress.Remove(name);
            fragmentCosts[(name, sizedFields)] = cost;
            return cost;
        }

        private NamedType? TypeCondition(NamedTypeNode? condition) => condition is null ? null : schema.GetType(condition.Name.Value);

        private long Multiplier(FieldDefinition definition, FieldNode field, string argumentName)
        {
            ValueNode? literal = null;
            foreach (var argument in field.Arguments)
            {
                if (argument.Name.Value == argumentName)
                {
                    literal = argument.Value;
                }
            }

            literal ??= definition.GetArgument(argumentName)?.DefaultValue;
            if (literal is VariableNode variable)
            {
                if (variables is not null && variables.TryGetValue(variable.Name.Value, out var value))
                {
                    return WholeNumber(value);
                }

                literal = VariableDefault(variable.Name.Value);
            }

            return literal is IntValueNode integer ? WholeNumber(LiteralValues.ToPlainValue(integer, null)) : 1;
        }

        private ValueNode? VariableDefault(string name)
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                if (definition.Variable.Name.Value == name)
                {
                    return definition.DefaultValue;
                }
            }

            return null;
        }

        private static long WholeNumber(object? value) => value switch
        {
            long number => Math.Clamp(number, 0, Saturated),
            int number => Math.Max(0, number),
            double number when double.IsFinite(number) => (long)Math.Clamp(number, 0, Saturated),
            string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => Math.Clamp(number, 0, Saturated),
            _ => 1,
        };

        /// <summary>A selection's cost and the part of it spent on its parent field's sized fields.</summary>
        private readonly record struct Cost(long Total, long Sized);
    }
}
