using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation;

public sealed class FragmentNameUniquenessTests : RuleTests<FragmentNameUniqueness>
{
    [Fact]
    public void DistinctFragmentNamesAreValid() => ExpectValid(
        """
        { dog { ...A ...B } }
        fragment A on Dog { name }
        fragment B on Dog { name }
        """);

    [Fact]
    public void DuplicateFragmentNames() => ExpectErrors(
        """
        { dog { ...A } }
        fragment A on Dog { name }
        fragment A on Dog { nickname }
        """,
        Error("There can be only one fragment named \"A\".", (2, 10), (3, 10)));
}

public sealed class FragmentSpreadTypeExistenceTests : RuleTests<FragmentSpreadTypeExistence>
{
    [Fact]
    public void KnownTypesAreValid() => ExpectValid(
        """
        query ($f: PetFilter, $s: [String!]!) { dog { ...F ... on Canine { name } } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void UnknownFragmentTypes() => ExpectErrors(
        """
        { dog { ... on Doge { name } ...F } }
        fragment F on Canin { name }
        """,
        Error("Unknown type \"Doge\". Did you mean \"Dog\"?", (1, 16)),
        Error("Unknown type \"Canin\". Did you mean \"Canine\" or \"Cat\"?", (2, 15)));

    [Fact]
    public void UnknownVariableType() => ExpectErrors(
        """
        query ($f: PetFiltre, $d: [[Date]!]) { dog { name } }
        """,
        Error("Unknown type \"PetFiltre\". Did you mean \"PetFilter\"?", (1, 12)),
        Error("Unknown type \"Date\". Did you mean \"Cat\"?", (1, 29)));

    [Fact]
    public void DocumentTypeDefinitionsCountAsKnown() => ExpectValid(
        """
        { dog { ... on Cow { name } } }
        type Cow { name: String }
        """);

    [Fact]
    public void TypeDefinitionsMayUseStandardTypes() => ExpectErrors(
        """
        type Cow { name: String id: ID sky: Sky }
        """,
        Error("Unknown type \"Sky\".", (1, 37)));
}

public sealed class FragmentsOnCompositeTypesTests : RuleTests<FragmentsOnCompositeTypes>
{
    [Fact]
    public void CompositeConditionsAreValid() => ExpectValid(
        """
        { dog { ... on Pet { name } ... { name } } catOrDog { ...F } }
        fragment F on CatOrDog { __typename }
        """);

    [Fact]
    public void InlineFragmentOnScalar() => ExpectErrors(
        """
        { dog { ... on Boolean { name } } }
        """,
        Error("Fragment cannot condition on non composite type \"Boolean\".", (1, 16)));

    [Fact]
    public void FragmentOnEnumAndInputObject() => ExpectErrors(
        """
        { dog { ...A ...B } }
        fragment A on DogCommand { name }
        fragment B on PetFilter { name }
        """,
        Error("Fragment \"A\" cannot condition on non composite type \"DogCommand\".", (2, 15)),
        Error("Fragment \"B\" cannot condition on non composite type \"PetFilter\".", (3, 15)));

    [Fact]
    public void UnknownTypeIsSilent() => ExpectValid(
        """
        fragment A on Unknown { name }
        """);
}

public sealed class FragmentsMustBeUsedTests : RuleTests<FragmentsMustBeUsed>
{
    [Fact]
    public void FragmentsUsedTransitivelyAreValid() => ExpectValid(
        """
        { dog { ...A } }
        fragment A on Dog { ...B }
        fragment B on Dog { name }
        """);

    [Fact]
    public void UnusedFragments() => ExpectErrors(
        """
        query { dog { ...A } }
        fragment A on Dog { name }
        fragment B on Dog { ...C }
        fragment C on Dog { name }
        """,
        Error("Fragment \"B\" is never used.", (3, 1)),
        Error("Fragment \"C\" is never used.", (4, 1)));

    [Fact]
    public void FragmentsUsedOnlyByUnusedFragmentsAreUnused() => ExpectErrors(
        """
        fragment A on Dog { ...B }
        fragment B on Dog { ...A }
        """,
        Error("Fragment \"A\" is never used.", (1, 1)),
        Error("Fragment \"B\" is never used.", (2, 1)));
}

public sealed class FragmentSpreadTargetDefinedTests : RuleTests<FragmentSpreadTargetDefined>
{
    [Fact]
    public void DefinedFragmentsAreValid() => ExpectValid(
        """
        { dog { ...A } }
        fragment A on Dog { name }
        """);

    [Fact]
    public void UnknownFragments() => ExpectErrors(
        """
        { dog { ...Missing ... on Dog { ...AlsoMissing } } }
        """,
        Error("Unknown fragment \"Missing\".", (1, 12)),
        Error("Unknown fragment \"AlsoMissing\".", (1, 36)));
}

public sealed class FragmentSpreadsMustNotFormCyclesTests : RuleTests<FragmentSpreadsMustNotFormCycles>
{
    [Fact]
    public void AcyclicSpreadsAreValid() => ExpectValid(
        """
        { dog { ...A ...B } }
        fragment A on Dog { ...B }
        fragment B on Dog { name }
        """);

    [Fact]
    public void FragmentSpreadsItself() => ExpectErrors(
        """
        fragment A on Dog { ...A }
        """,
        Error("Cannot spread fragment \"A\" within itself.", (1, 21)));

    [Fact]
    public void CycleThroughOtherFragments() => ExpectErrors(
        """
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { owner { ...A } }
        """,
        Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 29)));

    [Fact]
    public void TwoCyclesFromOneFragment() => ExpectErrors(
        """
        fragment A on Dog { ...B ...C }
        fragment B on Dog { ...A }
        fragment C on Dog { ...A }
        """,
        Error("Cannot spread fragment \"A\" within itself via \"B\".", (1, 21), (2, 21)),
        Error("Cannot spread fragment \"A\" within itself via \"C\".", (1, 26), (3, 21)));

    [Fact]
    public void SpreadOfUnknownFragmentIsSilent() => ExpectValid(
        """
        fragment A on Dog { ...Missing }
        """);
}
