using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5: every variable usage, in the operation and in the fragments it reaches, must be allowed by the
/// variable's type (IsVariableUsageAllowed, AreTypesCompatible), and a variable giving the value of a OneOf
/// input object field must be non-null (September 2025).
/// </summary>
public sealed class AllVariableUsagesAreAllowed : ValidationRule
{
    private readonly Dictionary<string, VariableDefinitionNode> definitions = new(StringComparer.Ordinal);

    // The OneOf type of each variable that is the whole value of a OneOf field, found while walking.
    private readonly Dictionary<VariableNode, InputObjectType> oneOfFieldVariables = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<FragmentDefinitionNode> walkedFragments = new(ReferenceEqualityComparer.Instance);

    public override string Name => nameof(AllVariableUsagesAreAllowed);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-All-Variable-Usages-are-Allowed";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                // With duplicate names (a VariableUniqueness error) the last definition wins, as in graphql-js.
                definitions[definition.Variable.Name.Value] = definition;
                break;
            case FragmentDefinitionNode fragment:
                walkedFragments.Add(fragment);
                break;
            case ObjectFieldNode field:
                RecordOneOfFieldVariable(field, context.TypeInfo, oneOfFieldVariables);
                break;
        }
    }

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            if (usage.Type is null
                || !definitions.TryGetValue(usage.Node.Name.Value, out var definition)
                || TypeInfo.TypeFromAst(context.Schema, definition.Type) is not { } variableType)
            {
                continue;
            }

            var name = usage.Node.Name.Value;
            if (!IsUsageAllowed(context.Schema, variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
            {
                context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".",
                    definition,
                    usage.Node);
            }

            if (variableType is not NonNullType && FindOneOfParent(usage.Node, operation, context) is { } oneOf)
            {
                context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    /// <summary>
    /// Records the variable when it is the value of a field of a OneOf input object. Unlike graphql-js, a
    /// non-null wrapper around the OneOf type (a required OneOf argument) does not hide it.
    /// </summary>
    private static void RecordOneOfFieldVariable(ObjectFieldNode field, TypeInfo typeInfo, Dictionary<VariableNode, InputObjectType> found)
    {
        if (field.Value is VariableNode variable && typeInfo.ParentInputType?.Nullable() is InputObjectType { IsOneOf: true } oneOf)
        {
            found[variable] = oneOf;
        }
    }

    /// <summary>AreTypesCompatible, where a default (of the variable or of the location) lets a nullable variable fill a non-null position.</summary>
    private static bool IsUsageAllowed(
        GraphQLSchema schema,
        GraphQLType variableType,
        ValueNode? variableDefault,
        GraphQLType locationType,
        ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            return (hasNonNullVariableDefault || locationDefault is not null)
                && TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }

    private InputObjectType? FindOneOfParent(VariableNode variable, OperationDefinitionNode operation, ValidationContext context)
    {
        if (oneOfFieldVariables.TryGetValue(variable, out var oneOf))
        {
            return oneOf;
        }

        // The usage may sit in a fragment defined after the operation, which the walk has not reached yet.
        foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
        {
            if (!walkedFragments.Contains(fragment) && Contains(context.GetVariableUsages(fragment), variable))
            {
                walkedFragments.Add(fragment);
                OneOfFieldVariableFinder.Find(context.Schema, fragment, oneOfFieldVariables);
                return oneOfFieldVariables.GetValueOrDefault(variable);
            }
        }

        return null;
    }

    private static bool Contains(IReadOnlyList<VariableUsage> usages, VariableNode variable)
    {
        for (var i = 0; i < usages.Count; i++)
        {
            if (ReferenceEquals(usages[i].Node, variable))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Walks a fragment ahead of the main walk, recording its OneOf field variables.</summary>
    private sealed class OneOfFieldVariableFinder : SyntaxWalker
    {
        private readonly TypeInfo typeInfo;
        private readonly Dictionary<VariableNode, InputObjectType> found;

        private OneOfFieldVariableFinder(GraphQLSchema schema, Dictionary<VariableNode, InputObjectType> found)
        {
            typeInfo = new TypeInfo(schema);
            this.found = found;
        }

        public static void Find(GraphQLSchema schema, FragmentDefinitionNode fragment, Dictionary<VariableNode, InputObjectType> found) =>
            new OneOfFieldVariableFinder(schema, found).Walk(fragment);

        protected override bool Enter(SyntaxNode node)
        {
            typeInfo.Enter(node);
            if (node is ObjectFieldNode field)
            {
                RecordOneOfFieldVariable(field, typeInfo, found);
            }

            return true;
        }

        protected override void Leave(SyntaxNode node) => typeInfo.Leave(node);
    }
}
