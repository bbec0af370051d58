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
        private readonly Dictionary<string, long> fragmentComplexities = [];
        private readonly HashSet<string> fragmentsInProgress = [];

        public long Complexity(SelectionSetNode selectionSet, NamedType parentType)
        {
            var total = 0L;
            foreach (var selection in selectionSet.Selections)
            {
                var cost = selection switch
                {
                    FieldNode field => FieldComplexity(field, parentType),
                    InlineFragmentNode inline => Complexity(inline.SelectionSet, TypeCondition(inline.TypeCondition) ?? parentType),
                    FragmentSpreadNode spread => FragmentComplexity(spread.Name.Value),
                    _ => 0,
                };
                total = Math.Min(Saturated, total + cost);
            }

            return total;
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

            var type = definition.Type.NamedType();
            var selectionCost = Complexity(field.SelectionSet, type);
            var sizedCost = definition.SizedFields.Count == 0 ? selectionCost : SizedComplexity(field.SelectionSet, type, definition.SizedFields);
            var unsizedCost = Math.Max(0, selectionCost - sizedCost);
            foreach (var argumentName in definition.CostMultipliers)
            {
                var multiplier = Multiplier(definition, field, argumentName);
                sizedCost = multiplier == 0 ? 0 : sizedCost > Saturated / multiplier ? Saturated : sizedCost * multiplier;
            }

            return Math.Min(Saturated, cost + unsizedCost + sizedCost);
        }

        /// <summary>The cost of the fields named <paramref name="sizedFields"/> in the selection, fragments included.</summary>
        private long SizedComplexity(SelectionSetNode selectionSet, NamedType parentType, IReadOnlyList<string> sizedFields)
        {
            var total = 0L;
            foreach (var selection in selectionSet.Selections)
            {
                var cost = selection switch
                {
                    FieldNode field when sizedFields.Contains(field.Name.Value) => FieldComplexity(field, parentType),
                    InlineFragmentNode inline => SizedComplexity(inline.SelectionSet, TypeCondition(inline.TypeCondition) ?? parentType, sizedFields),
                    FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && fragmentsInProgress.Add(spread.Name.Value) =>
                        SizedFragmentComplexity(fragment, sizedFields),
                    _ => 0,
                };
                total = Math.Min(Saturated, total + cost);
            }

            return total;
        }

        private long SizedFragmentComplexity(FragmentDefinitionNode fragment, IReadOnlyList<string> sizedFields)
        {
            var complexity = TypeCondition(fragment.TypeCondition) is { } type ? SizedComplexity(fragment.SelectionSet, type, sizedFields) : 0;
            fragmentsInProgress.Remove(fragment.Name.Value);
            return complexity;
        }

        private long FragmentComplexity(string name)
        {
            if (fragmentComplexities.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment) || TypeCondition(fragment.TypeCondition) is not { } type || !fragmentsInProgress.Add(name))
            {
                return 0;
            }

            var complexity = Complexity(fragment.SelectionSet, type);
            fragmentsInProgress.Remove(name);
            fragmentComplexities[name] = complexity;
            return complexity;
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
    }
}
