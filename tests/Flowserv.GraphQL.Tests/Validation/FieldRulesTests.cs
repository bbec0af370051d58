using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation;

public sealed class FieldSelectionsTests : RuleTests<FieldSelections>
{
    [Fact]
    public void KnownFieldsAreValid() => ExpectValid(
        """
        { dog { name __typename ... on Dog { barkVolume } } catOrDog { __typename } pet { name } __schema { queryType { name } } }
        """);

    [Fact]
    public void UnknownFieldSuggestsSimilarNames() => ExpectErrors(
        """
        { dog { nam barkVolum } }
        """,
        Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 9)),
        Error("Cannot query field \"barkVolum\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 13)));

    [Fact]
    public void UnknownFieldOnInterfaceSuggestsTypes() => ExpectErrors(
        """
        { pet { meowVolume barkVolume } }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\"?", (1, 9)),
        Error("Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Canine\" or \"Dog\"?", (1, 20)));

    [Fact]
    public void UnknownFieldOnUnionSuggestsTypes() => ExpectErrors(
        """
        { catOrDog { name nickname } }
        """,
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 14)),
        Error("Cannot query field \"nickname\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (1, 19)));

    [Fact]
    public void UnknownFieldWithoutSuggestions() => ExpectErrors(
        """
        { human(id: 1) { xyz } }
        """,
        Error("Cannot query field \"xyz\" on type \"Human\".", (1, 18)));

    [Fact]
    public void FieldsUnderAnUnknownFieldAreNotChecked() => ExpectErrors(
        """
        { unknown { deeper } }
        """,
        Error("Cannot query field \"unknown\" on type \"Query\".", (1, 3)));

    [Fact]
    public void MetaFieldsOnlyOnQueryRoot() => ExpectErrors(
        """
        { dog { __schema { queryType { name } } } }
        """,
        Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));
}

public sealed class LeafFieldSelectionsTests : RuleTests<LeafFieldSelections>
{
    [Fact]
    public void ScalarsWithoutAndObjectsWithSelectionsAreValid() => ExpectValid(
        """
        { dog { name owner { name } } human(id: 1) { pets { name } } }
        """);

    [Fact]
    public void ScalarWithSelection() => ExpectErrors(
        """
        { dog { barkVolume { value } } }
        """,
        Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (1, 20)));

    [Fact]
    public void ObjectWithoutSelection() => ExpectErrors(
        """
        { human(id: 1) }
        """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 3)));

    [Fact]
    public void ListOfInterfacesWithoutSelection() => ExpectErrors(
        """
        query { human(id: 1) { pets } }
        """,
        Error("Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 24)));

    [Fact]
    public void NonNullLeafWithSelection() => ExpectErrors(
        """
        { dog { doesKnowCommand(dogCommand: SIT) { x } } }
        """,
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean!\" has no subfields.", (1, 42)));
}
