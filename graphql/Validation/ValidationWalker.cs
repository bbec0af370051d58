using System.Collections.Concurrent;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// Runs many rules in a single walk (graphql-js <c>visitInParallel</c> + <c>visitWithTypeInfo</c>): on entering a
/// node, TypeInfo first, then each rule in order; on leaving, each rule, then TypeInfo.
/// </summary>
internal sealed class ValidationWalker : SyntaxWalker
{
    private static readonly ConcurrentDictionary<Type, RuleTraits> TraitsByRuleType = new();

    private readonly ValidationContext context;
    private readonly ActiveRule[] entering;
    private readonly ActiveRule[] leaving;

    public ValidationWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        this.context = context;
        var enteringRules = new List<ActiveRule>(rules.Count);
        var leavingRules = new List<ActiveRule>(rules.Count);
        foreach (var rule in rules)
        {
            var traits = TraitsByRuleType.GetOrAdd(rule.GetType(), static (_, rule) => RuleTraits.Of(rule), rule);
            var active = new ActiveRule(rule, traits.Extensions);

            // Skipping the base class's empty hooks saves a virtual call per node and rule.
            if (traits.Enters)
            {
                enteringRules.Add(active);
            }

            if (traits.Leaves)
            {
                leavingRules.Add(active);
            }
        }

        entering = [.. enteringRules];
        leaving = [.. leavingRules];
    }

    protected override bool Enter(SyntaxNode node)
    {
        context.TypeInfo.Enter(node);
        foreach (var active in entering)
        {
            context.AttributeErrorsTo(active.Extensions);
            active.Rule.Enter(node, context);
        }

        return true;
    }

    protected override void Leave(SyntaxNode node)
    {
        foreach (var active in leaving)
        {
            context.AttributeErrorsTo(active.Extensions);
            active.Rule.Leave(node, context);
        }

        context.TypeInfo.Leave(node);
    }

    private readonly record struct ActiveRule(ValidationRule Rule, IReadOnlyDictionary<string, object?> Extensions);

    /// <summary>What is fixed per rule class: which hooks it overrides and the extensions its errors carry.</summary>
    private sealed record RuleTraits(bool Enters, bool Leaves, IReadOnlyDictionary<string, object?> Extensions)
    {
        public static RuleTraits Of(ValidationRule rule)
        {
            var type = rule.GetType();
            return new RuleTraits(
                Overrides(type, nameof(ValidationRule.Enter)),
                Overrides(type, nameof(ValidationRule.Leave)),
                new Dictionary<string, object?>
                {
                    ["code"] = ErrorCodes.ValidationFailed,
                    ["rule"] = rule.Name,
                    ["specifiedBy"] = rule.SpecAnchor,
                }.AsReadOnly());
        }

        private static bool Overrides(Type type, string hook) =>
            type.GetMethod(hook, [typeof(SyntaxNode), typeof(ValidationContext)])?.DeclaringType != typeof(ValidationRule);
    }
}
