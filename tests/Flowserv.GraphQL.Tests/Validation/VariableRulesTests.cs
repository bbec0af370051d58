using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation;

public sealed class VariableUniquenessTests : RuleTests<VariableUniqueness>
{
    [Fact]
    public void DistinctVariablesAreValid() => ExpectValid(
        """
        query A($a: Int, $b: Int) { dog { name } }
        query B($a: Int) { dog { name } }
        """);

    [Fact]
    public void DuplicateVariables() => ExpectErrors(
        """
        query ($a: Int, $b: Int, $a: String, $a: Boolean) { dog { name } }
        """,
        Error("There can be only one variable named \"$a\".", (1, 9), (1, 27), (1, 39)));
}

public sealed class VariablesAreInputTypesTests : RuleTests<VariablesAreInputTypes>
{
    [Fact]
    public void InputTypesAreValid() => ExpectValid(
        """
        query ($a: Int, $b: [String!]!, $c: PetFilter, $d: DogCommand, $e: PetBy) { dog { name } }
        """);

    [Fact]
    public void OutputTypes() => ExpectErrors(
        """
        query ($a: Dog, $b: [[Pet!]]!, $c: CatOrDog!) { dog { name } }
        """,
        Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 12)),
        Error("Variable \"$b\" cannot be non-input type \"[[Pet!]]!\".", (1, 21)),
        Error("Variable \"$c\" cannot be non-input type \"CatOrDog!\".", (1, 36)));

    [Fact]
    public void UnknownTypeIsSilent() => ExpectValid(
        """
        query ($a: Unknown) { dog { name } }
        """);
}

public sealed class AllVariableUsesDefinedTests : RuleTests<AllVariableUsesDefined>
{
    [Fact]
    public void DefinedVariablesAreValid() => ExpectValid(
        """
        query ($c: DogCommand!, $n: String) { dog { doesKnowCommand(dogCommand: $c) ...F } }
        fragment F on Dog { name @tag(name: $n) }
        """);

    [Fact]
    public void UndefinedVariables() => ExpectErrors(
        """
        query Named($a: Int) { pets(first: $a, filter: { name: $b }) { name } dog { ...F } }
        fragment F on Dog { doesKnowCommand(dogCommand: $c) }
        """,
        Error("Variable \"$b\" is not defined by operation \"Named\".", (1, 56), (1, 1)),
        Error("Variable \"$c\" is not defined by operation \"Named\".", (2, 49), (1, 1)));

    [Fact]
    public void UndefinedInAnonymousOperationAndDirective() => ExpectErrors(
        """
        { dog { name @skip(if: $skip) } }
        """,
        Error("Variable \"$skip\" is not defined.", (1, 24), (1, 1)));

    [Fact]
    public void FragmentUsedByTwoOperations() => ExpectErrors(
        """
        query A($c: DogCommand) { dog { ...F } }
        query B { dog { ...F } }
        fragment F on Dog { doesKnowCommand(dogCommand: $c) }
        """,
        Error("Variable \"$c\" is not defined by operation \"B\".", (3, 49), (2, 1)));
}

public sealed class AllVariablesUsedTests : RuleTests<AllVariablesUsed>
{
    [Fact]
    public void UsedVariablesAreValid() => ExpectValid(
        """
        query ($c: DogCommand!, $n: String) { dog { doesKnowCommand(dogCommand: $c) ...F } }
        fragment F on Dog { name @tag(name: $n) }
        """);

    [Fact]
    public void UnusedVariables() => ExpectErrors(
        """
        query Named($a: Int, $b: Int, $c: PetFilter) { pets(first: $b) { name } }
        query ($d: Int) { dog { name } }
        """,
        Error("Variable \"$a\" is never used in operation \"Named\".", (1, 13)),
        Error("Variable \"$c\" is never used in operation \"Named\".", (1, 31)),
        Error("Variable \"$d\" is never used.", (2, 8)));

    [Fact]
    public void VariableUsedInDefaultOfAnotherIsNotAUse() => ExpectErrors(
        """
        query ($a: Int, $b: PetFilter = { minVolume: 1 }) { pets(filter: $b) { name } }
        """,
        Error("Variable \"$a\" is never used.", (1, 8)));
}
