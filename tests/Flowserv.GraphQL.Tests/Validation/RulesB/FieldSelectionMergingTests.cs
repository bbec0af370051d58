using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Validation;
using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation.RulesB;

/// <summary>Spec 5.3.2 Field Selection Merging; expected errors are graphql-js 16's, message for message.</summary>
public sealed class FieldSelectionMergingTests
{
    private static readonly Func<ValidationRule>[] Rules = [() => new FieldSelectionMerging()];

    [Fact]
    public void SameFieldRepeated_Valid() => RulesBHarness.AssertErrors(
        "{ dog { name name } }",
        Rules);

    [Fact]
    public void AliasForDifferentFields() => RulesBHarness.AssertErrors(
        "{ dog { name: nickname name } }",
        Rules,
        "FieldSelectionMerging: Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:24");

    [Fact]
    public void DifferingArguments() => RulesBHarness.AssertErrors(
        "{ dog { name(formal: true) name(formal: false) } }",
        Rules,
        "FieldSelectionMerging: Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:28");

    [Fact]
    public void ArgumentVersusNoArgument() => RulesBHarness.AssertErrors(
        "{ dog { name(formal: true) name } }",
        Rules,
        "FieldSelectionMerging: Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:28");

    [Fact]
    public void VariableVersusLiteral() => RulesBHarness.AssertErrors(
        "query Q($f: Boolean) { dog { name(formal: $f) name(formal: true) } }",
        Rules,
        "FieldSelectionMerging: Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:30, 1:47");

    [Fact]
    public void ArgumentsInAnyOrder_Valid() => RulesBHarness.AssertErrors(
        "{ dogs(first: 1, filter: { name: \"a\", minSize: 2 }) { name } dogs(filter: { minSize: 2, name: \"a\" }, first: 1) { name } }",
        Rules);

    [Fact]
    public void DifferentObjectParents_Valid() => RulesBHarness.AssertErrors(
        "{ catOrDog { ... on Dog { x: name(formal: true) } ... on Cat { x: name } } }",
        Rules);

    [Fact]
    public void InterfaceAndObjectParents() => RulesBHarness.AssertErrors(
        "{ pet { ... on Dog { x: name } ... on Pet { x: name(formal: true) } } }",
        Rules,
        "FieldSelectionMerging: Fields \"x\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:22, 1:45");

    [Fact]
    public void ConflictingLeafTypes() => RulesBHarness.AssertErrors(
        "{ catOrDog { ... on Dog { size } ... on Cat { size } } }",
        Rules,
        "FieldSelectionMerging: Fields \"size\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @ 1:27, 1:47");

    [Fact]
    public void NullableVersusNonNull() => RulesBHarness.AssertErrors(
        "{ catOrDog { ... on Dog { nickname } ... on Cat { nickname } } }",
        Rules,
        "FieldSelectionMerging: Fields \"nickname\" conflict because they return conflicting types \"String\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional. @ 1:27, 1:51");

    [Fact]
    public void ListVersusScalar() => RulesBHarness.AssertErrors(
        "{ catOrDog { ... on Dog { x: tags } ... on Cat { x: name } } }",
        Rules,
        "FieldSelectionMerging: Fields \"x\" conflict because they return conflicting types \"[String]\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @ 1:27, 1:50");

    [Fact]
    public void SubfieldConflict() => RulesBHarness.AssertErrors(
        "{ dog { mother { name } mother { name: nickname } } }",
        Rules,
        "FieldSelectionMerging: Fields \"mother\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:18, 1:25, 1:34");

    [Fact]
    public void SeveralSubfieldConflicts() => RulesBHarness.AssertErrors(
        "{ dog { mother { a: name b: size } mother { a: nickname b: barkVolume } } }",
        Rules,
        "FieldSelectionMerging: Fields \"mother\" conflict because subfields \"a\" conflict because \"name\" and \"nickname\" are different fields and subfields \"b\" conflict because \"size\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:18, 1:26, 1:36, 1:45, 1:57");

    [Fact]
    public void DeepSubfieldConflict() => RulesBHarness.AssertErrors(
        "{ dog { mother { mother { x: name } } mother { mother { x: size } } } }",
        Rules,
        "FieldSelectionMerging: Fields \"mother\" conflict because subfields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"size\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:18, 1:27, 1:39, 1:48, 1:57");

    [Fact]
    public void FieldAndFragment() => RulesBHarness.AssertErrors(
        "{ dog { x: name ...F } }\nfragment F on Dog { x: nickname }",
        Rules,
        "FieldSelectionMerging: Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 2:21");

    [Fact]
    public void BetweenFragments() => RulesBHarness.AssertErrors(
        "{ dog { ...A ...B } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: size }",
        Rules,
        "FieldSelectionMerging: Fields \"x\" conflict because \"name\" and \"size\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 2:21, 3:21");

    [Fact]
    public void NestedFragment() => RulesBHarness.AssertErrors(
        "{ dog { x: name ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { x: size }",
        Rules,
        "FieldSelectionMerging: Fields \"x\" conflict because \"name\" and \"size\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 3:21");

    [Fact]
    public void FragmentsInSubselections() => RulesBHarness.AssertErrors(
        "{ dog { mother { ...A } mother { ...B } } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: size }",
        Rules,
        "FieldSelectionMerging: Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"size\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 2:21, 1:25, 3:21");

    [Fact]
    public void SameFragmentTwice_Valid() => RulesBHarness.AssertErrors(
        "{ dog { ...A ...A mother { ...A } } }\nfragment A on Dog { name mother { name } }",
        Rules);

    [Fact]
    public void ExclusiveParentsStillCompareShapes() => RulesBHarness.AssertErrors(
        "{ catOrDog { ... on Dog { m: mother { s: size } } ... on Cat { m: nickname } } }",
        Rules,
        "FieldSelectionMerging: Fields \"m\" conflict because they return conflicting types \"Dog\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional. @ 1:27, 1:64");

    [Fact]
    public void CyclicFragments_Terminates() => RulesBHarness.AssertErrors(
        "{ dog { ...A ...B } }\nfragment A on Dog { name ...B mother { ...A } }\nfragment B on Dog { name(formal: true) ...A mother { ...B } }",
        Rules,
        "FieldSelectionMerging: Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 2:21, 3:21",
        "FieldSelectionMerging: Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 2:21, 3:21",
        "FieldSelectionMerging: Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 3:21, 2:21");

    [Fact]
    public void TypenameAlias() => RulesBHarness.AssertErrors(
        "{ dog { name: __typename name } }",
        Rules,
        "FieldSelectionMerging: Fields \"name\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:26");

    [Fact]
    public void BlockStringVersusString() => RulesBHarness.AssertErrors(
        "{ dogs(filter: { name: \"\"\"a\"\"\" }) { name } dogs(filter: { name: \"a\" }) { name } }",
        Rules,
        "FieldSelectionMerging: Fields \"dogs\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:3, 1:44");

    [Fact]
    public void TooManyComparisons_AbortsValidationAsGraphQLJsDoes()
    {
        // 800 same-named fields make 319,600 pairs: past graphql-js's budget of 500,000 units at 2 units a pair.
        var fields = string.Join(" ", Enumerable.Repeat("a: name", 800));
        RulesBHarness.AssertErrors("{ dog { " + fields + " } }", Rules, "FieldSelectionMerging: Validation aborted. @ ");
    }

    [Fact]
    public void JustUnderTheComparisonBudget_Valid()
    {
        var fields = string.Join(" ", Enumerable.Repeat("a: name", 700));
        RulesBHarness.AssertErrors("{ dog { " + fields + " } }", Rules);
    }

    [Fact]
    public void ErrorsCarryTheRuleAndItsSpecSection()
    {
        var error = Assert.Single(RulesBHarness.Validate("{ dog { name: nickname name } }", Rules));

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Code);
        Assert.Equal("FieldSelectionMerging", error.Extensions!["rule"]);
        Assert.Equal("https://spec.graphql.org/October2021/#sec-Field-Selection-Merging", error.Extensions["specifiedBy"]);
    }

    [Fact]
    public void NestingTooDeepForTheStack_AbortsInsteadOfCrashing()
    {
        // Two 3,000-level chains that only differ at the bottom: comparing them recurses once per level, more
        // than a 1 MB thread stack holds (graphql-js fails here with a RangeError).
        var chain = "x: name";
        for (var i = 0; i < 3000; i++)
        {
            chain = "mother { " + chain + " }";
        }

        var source = "{ dog { " + chain + " } dog { " + chain.Replace("x: name", "x: nickname", StringComparison.Ordinal) + " } }";
        var document = RunWithStack(64, () => Parser.Parse(source, ParserOptions.Unbounded));

        var errors = RunWithStack(1, () => DocumentValidator.Validate(RulesBHarness.Schema, document, Rules));

        Assert.Equal("FieldSelectionMerging: Validation aborted.", Assert.Single(errors).Extensions!["rule"] + ": " + errors[0].Message);
    }

    private static T RunWithStack<T>(int megabytes, Func<T> action)
    {
        T result = default!;
        var thread = new Thread(() => result = action(), megabytes * 1024 * 1024);
        thread.Start();
        thread.Join();
        return result;
    }
}
