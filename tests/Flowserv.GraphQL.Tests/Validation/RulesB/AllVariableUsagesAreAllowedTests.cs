using Flowserv.GraphQL.Validation;
using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation.RulesB;

/// <summary>Spec 5.8.5 All Variable Usages Are Allowed; expected errors are graphql-js 16's unless a test says otherwise.</summary>
public sealed class AllVariableUsagesAreAllowedTests
{
    private static readonly Func<ValidationRule>[] Rules = [() => new AllVariableUsagesAreAllowed()];

    [Fact]
    public void NullableInNonNull() => RulesBHarness.AssertErrors(
        "query Q($a: Int) { requiredInt(value: $a) }",
        Rules,
        "AllVariableUsagesAreAllowed: Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". @ 1:9, 1:39");

    [Fact]
    public void DefaultAllowsNonNullPosition_Valid() => RulesBHarness.AssertErrors(
        "query Q($a: Int = 1, $b: Boolean) { requiredInt(value: $a) defaulted(flag: $b) }",
        Rules);

    [Fact]
    public void NullDefaultDoesNotAllow() => RulesBHarness.AssertErrors(
        "query Q($a: Int = null) { requiredInt(value: $a) }",
        Rules,
        "AllVariableUsagesAreAllowed: Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". @ 1:9, 1:46");

    [Fact]
    public void ListCovariance_Valid() => RulesBHarness.AssertErrors(
        "query Q($a: [Int!], $b: [Int!]!, $n: Int!) { echoList(values: $a) requiredList(values: $b) r: requiredList(values: [$n]) nested(matrix: [$a]) }",
        Rules);

    [Fact]
    public void ListMismatch() => RulesBHarness.AssertErrors(
        "query Q($a: [Int], $b: Int, $c: [[Int]]) { requiredList(values: $a) echoList(values: $b) e: echoList(values: $c) }",
        Rules,
        "AllVariableUsagesAreAllowed: Variable \"$a\" of type \"[Int]\" used in position expecting type \"[Int!]!\". @ 1:9, 1:65",
        "AllVariableUsagesAreAllowed: Variable \"$b\" of type \"Int\" used in position expecting type \"[Int]\". @ 1:20, 1:86",
        "AllVariableUsagesAreAllowed: Variable \"$c\" of type \"[[Int]]\" used in position expecting type \"[Int]\". @ 1:29, 1:110");

    [Fact]
    public void WrongNamedType() => RulesBHarness.AssertErrors(
        "query Q($a: String, $f: Filter) { echoInt(value: $a) command(value: $a) dogs(filter: { nested: $f, name: $a }) { name } }",
        Rules,
        "AllVariableUsagesAreAllowed: Variable \"$a\" of type \"String\" used in position expecting type \"Int\". @ 1:9, 1:50",
        "AllVariableUsagesAreAllowed: Variable \"$a\" of type \"String\" used in position expecting type \"DogCommand\". @ 1:9, 1:69");

    [Fact]
    public void InFragmentPerOperation() => RulesBHarness.AssertErrors(
        "query A($a: Int) { ...F }\nquery B($a: Int!) { ...F }\nfragment F on Query { requiredInt(value: $a) }",
        Rules,
        "AllVariableUsagesAreAllowed: Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". @ 1:9, 3:42");

    [Fact]
    public void UnknownOrUndefined_Silent() => RulesBHarness.AssertErrors(
        "query Q($u: Unknown) { requiredInt(value: $u) echoInt(value: $undefined) }",
        Rules);

    [Fact]
    public void OneOfNullableVariable() => RulesBHarness.AssertErrors(
        "query Q($id: ID) { findPet(by: { id: $id }) { name } }",
        Rules,
        "AllVariableUsagesAreAllowed: Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"PetBy\". @ 1:9, 1:38");

    [Fact]
    public void OneOfNonNullVariable_Valid() => RulesBHarness.AssertErrors(
        "query Q($id: ID!, $by: PetBy) { findPet(by: { id: $id }) { name } f: findPet(by: $by) { name } }",
        Rules);

    // graphql-js 16 misses the next two: it only looks for a OneOf type directly around the variable, not under
    // the non-null wrapper of a required OneOf argument. The September 2025 spec requires the error.
    [Fact]
    public void OneOfNullableVariableForRequiredOneOfArgument() => RulesBHarness.AssertErrors(
        "query Q($n: String) { petBy(by: { name: $n }) { name } }",
        Rules,
        "AllVariableUsagesAreAllowed: Variable \"$n\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"PetBy\". @ 1:9, 1:41");

    [Fact]
    public void OneOfNullableVariableInFragmentDefinedAfterTheOperation() => RulesBHarness.AssertErrors(
        "query Q($n: String) { ...F }\nfragment F on Query { petBy(by: { name: $n }) { name } }",
        Rules,
        "AllVariableUsagesAreAllowed: Variable \"$n\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"PetBy\". @ 1:9, 2:41");
}
