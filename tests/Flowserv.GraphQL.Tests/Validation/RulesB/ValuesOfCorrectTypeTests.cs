using Flowserv.GraphQL.Validation;
using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation.RulesB;

/// <summary>Spec 5.6.1 Values of Correct Type (with OneOf literals), run with the other value rules as graphql-js runs them as one rule; expected errors are graphql-js 16's.</summary>
public sealed class ValuesOfCorrectTypeTests
{
    private static readonly Func<ValidationRule>[] Rules = RulesBHarness.ValueRules;

    [Fact]
    public void StringForInt() => RulesBHarness.AssertErrors(
        "{ echoInt(value: \"abc\") }",
        Rules,
        "ValuesOfCorrectType: Int cannot represent non-integer value: \"abc\" @ 1:18");

    [Fact]
    public void IntOutOfRange() => RulesBHarness.AssertErrors(
        "{ echoInt(value: 2147483648) }",
        Rules,
        "ValuesOfCorrectType: Int cannot represent non 32-bit signed integer value: 2147483648 @ 1:18");

    [Fact]
    public void UnknownEnumValue() => RulesBHarness.AssertErrors(
        "{ command(value: SITT) }",
        Rules,
        "ValuesOfCorrectType: Value \"SITT\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"? @ 1:18");

    [Fact]
    public void StringForEnum() => RulesBHarness.AssertErrors(
        "{ command(value: \"SIT\") }",
        Rules,
        "ValuesOfCorrectType: Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"? @ 1:18");

    [Fact]
    public void NullForNonNull() => RulesBHarness.AssertErrors(
        "{ requiredInt(value: null) }",
        Rules,
        "ValuesOfCorrectType: Expected value of type \"Int!\", found null. @ 1:22");

    [Fact]
    public void WrongListItem() => RulesBHarness.AssertErrors(
        "{ echoList(values: [1, \"two\", 3]) }",
        Rules,
        "ValuesOfCorrectType: Int cannot represent non-integer value: \"two\" @ 1:24");

    [Fact]
    public void SingleValueForList_Valid() => RulesBHarness.AssertErrors(
        "{ echoList(values: 1) nested(matrix: [1, [2]]) requiredList(values: 3) }",
        Rules);

    [Fact]
    public void ListForScalar() => RulesBHarness.AssertErrors(
        "{ echoInt(value: [1, \"x\"]) }",
        Rules,
        "ValuesOfCorrectType: Int cannot represent non-integer value: [1, \"x\"] @ 1:18");

    [Fact]
    public void ScalarForInputObject() => RulesBHarness.AssertErrors(
        "{ dogs(filter: 1) { name } }",
        Rules,
        "ValuesOfCorrectType: Expected value of type \"Filter\", found 1. @ 1:16");

    [Fact]
    public void ListForInputObject_ReportedOnce() => RulesBHarness.AssertErrors(
        "{ dogs(filter: [{ unknown: 1 }]) { name } inRange(range: [{}]) }",
        Rules,
        "ValuesOfCorrectType: Expected value of type \"Filter\", found [{unknown: 1}]. @ 1:16",
        "ValuesOfCorrectType: Expected value of type \"Range\", found [{}]. @ 1:58");

    [Fact]
    public void CustomScalarAcceptsAnyLiteral_Valid() => RulesBHarness.AssertErrors(
        "{ echoJson(value: { a: [1, \"b\", null], c: RED }) }",
        Rules);

    [Fact]
    public void VariableDefaults() => RulesBHarness.AssertErrors(
        "query Q($a: Int = \"x\", $b: [Int] = [1, \"y\"], $c: Int! = null) { echoInt(value: $a) echoList(values: $b) requiredInt(value: $c) }",
        Rules,
        "ValuesOfCorrectType: Int cannot represent non-integer value: \"x\" @ 1:19",
        "ValuesOfCorrectType: Int cannot represent non-integer value: \"y\" @ 1:40",
        "ValuesOfCorrectType: Expected value of type \"Int!\", found null. @ 1:57");

    [Fact]
    public void OneOfNoFields() => RulesBHarness.AssertErrors(
        "{ findPet(by: {}) { name } }",
        Rules,
        "ValuesOfCorrectType: OneOf Input Object \"PetBy\" must specify exactly one key. @ 1:15");

    [Fact]
    public void OneOfTwoFields() => RulesBHarness.AssertErrors(
        "{ findPet(by: { id: 1, name: \"x\" }) { name } }",
        Rules,
        "ValuesOfCorrectType: OneOf Input Object \"PetBy\" must specify exactly one key. @ 1:15");

    [Fact]
    public void OneOfNullField() => RulesBHarness.AssertErrors(
        "{ findPet(by: { id: null }) { name } }",
        Rules,
        "ValuesOfCorrectType: Field \"PetBy.id\" must be non-null. @ 1:15");

    [Fact]
    public void OneOfSingleField_Valid() => RulesBHarness.AssertErrors(
        "query Q($id: ID!) { findPet(by: { id: 1 }) { name } petBy(by: { id: $id }) { name } }",
        Rules);

    [Fact]
    public void CustomScalarRejection_AppendsTheScalarsMessage() => RulesBHarness.AssertErrors(
        "{ echoEven(value: 3) echoEven(value: 4) }",
        Rules,
        "ValuesOfCorrectType: Expected value of type \"Even\", found 3; Even cannot represent an odd or non-integer value. @ 1:19");
}
