using Flowserv.GraphQL.Validation;
using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation.RulesB;

/// <summary>Spec 5.6.4 Input Object Required Fields, run with the other value rules; expected errors are graphql-js 16's.</summary>
public sealed class InputObjectRequiredFieldsTests
{
    private static readonly Func<ValidationRule>[] Rules = RulesBHarness.ValueRules;

    [Fact]
    public void MissingField() => RulesBHarness.AssertErrors(
        "{ inRange(range: { min: 1 }) }",
        Rules,
        "InputObjectRequiredFields: Field \"Range.max\" of required type \"Int!\" was not provided. @ 1:18");

    [Fact]
    public void AllMissing() => RulesBHarness.AssertErrors(
        "{ inRange(range: {}) }",
        Rules,
        "InputObjectRequiredFields: Field \"Range.min\" of required type \"Int!\" was not provided. @ 1:18",
        "InputObjectRequiredFields: Field \"Range.max\" of required type \"Int!\" was not provided. @ 1:18");

    [Fact]
    public void NestedAndDefaulted_Valid() => RulesBHarness.AssertErrors(
        "{ dogs(filter: { nested: {} }) { name } inRange(range: { min: 1, max: 2 }) }",
        Rules);
}
