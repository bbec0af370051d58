using Flowserv.GraphQL.Validation;
using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation.RulesB;

/// <summary>Spec 5.6.2 Input Object Field Names, run with the other value rules; expected errors are graphql-js 16's.</summary>
public sealed class InputObjectFieldNamesTests
{
    private static readonly Func<ValidationRule>[] Rules = RulesBHarness.ValueRules;

    [Fact]
    public void UnknownFieldWithSuggestion() => RulesBHarness.AssertErrors(
        "{ dogs(filter: { nam: \"x\" }) { name } }",
        Rules,
        "InputObjectFieldNames: Field \"nam\" is not defined by type \"Filter\". Did you mean \"name\"? @ 1:18");

    [Fact]
    public void UnknownNestedField() => RulesBHarness.AssertErrors(
        "{ dogs(filter: { nested: { minSiz: 1, zzz: 2 } }) { name } }",
        Rules,
        "InputObjectFieldNames: Field \"minSiz\" is not defined by type \"Filter\". Did you mean \"minSize\"? @ 1:28",
        "InputObjectFieldNames: Field \"zzz\" is not defined by type \"Filter\". @ 1:39");
}
