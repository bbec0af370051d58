using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation;

public sealed class ArgumentNamesTests : RuleTests<ArgumentNames>
{
    [Fact]
    public void KnownArgumentsAreValid() => ExpectValid(
        """
        { dog { doesKnowCommand(dogCommand: SIT) isHouseTrained(atOtherHomes: false) name @tag(name: "x") } }
        """);

    [Fact]
    public void UnknownFieldArgumentWithSuggestion() => ExpectErrors(
        """
        { dog { doesKnowCommand(command: SIT, dogCommand: SIT) } }
        """,
        Error("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 25)));

    [Fact]
    public void UnknownDirectiveArgument() => ExpectErrors(
        """
        { dog { name @skip(iff: true, if: true) @cached(ttl: 1, scop: "x") } }
        """,
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 20)),
        Error("Unknown argument \"scop\" on directive \"@cached\". Did you mean \"scope\"?", (1, 57)));

    [Fact]
    public void ArgumentOfUnknownFieldOrDirectiveIsSilent() => ExpectValid(
        """
        { dog { unknown(x: 1) name @unknown(y: 2) } }
        """);

    [Fact]
    public void DirectiveDefinedInTheDocumentReplacesTheSchemaOne() => ExpectErrors(
        """
        directive @skip(unless: Boolean) on FIELD
        { dog { name @skip(if: true) } }
        """,
        Error("Unknown argument \"if\" on directive \"@skip\".", (2, 20)));

    [Fact]
    public void ArgumentOnFieldWithoutArguments() => ExpectErrors(
        """
        { dog { name(formal: true) } }
        """,
        Error("Unknown argument \"formal\" on field \"Dog.name\".", (1, 14)));
}

public sealed class ArgumentUniquenessTests : RuleTests<ArgumentUniqueness>
{
    [Fact]
    public void DistinctArgumentsAreValid() => ExpectValid(
        """
        { dog { isHouseTrained(atOtherHomes: true) @skip(if: false) } }
        """);

    [Fact]
    public void DuplicateFieldArguments() => ExpectErrors(
        """
        { dog { doesKnowCommand(dogCommand: SIT, dogCommand: HEEL, dogCommand: DOWN) } }
        """,
        Error("There can be only one argument named \"dogCommand\".", (1, 25), (1, 42), (1, 60)));

    [Fact]
    public void DuplicateDirectiveArguments() => ExpectErrors(
        """
        { dog { name @skip(if: true, if: false) } }
        """,
        Error("There can be only one argument named \"if\".", (1, 20), (1, 30)));
}

public sealed class RequiredArgumentsTests : RuleTests<RequiredArguments>
{
    [Fact]
    public void RequiredArgumentsGivenAreValid() => ExpectValid(
        """
        { dog { doesKnowCommand(dogCommand: SIT) isHouseTrained } human(id: 1) { name @cached(ttl: 5) } }
        """);

    [Fact]
    public void MissingFieldArgument() => ExpectErrors(
        """
        { dog { doesKnowCommand } }
        """,
        Error("Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided.", (1, 9)));

    [Fact]
    public void MissingDirectiveArguments() => ExpectErrors(
        """
        { dog { name @skip @cached(scope: "x") } }
        """,
        Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 14)),
        Error("Directive \"@cached\" argument \"ttl\" of type \"Int!\" is required, but it was not provided.", (1, 20)));

    [Fact]
    public void UnknownFieldIsSilent() => ExpectValid(
        """
        { unknown { name } }
        """);

    [Fact]
    public void DirectiveDefinedInTheDocument() => ExpectErrors(
        """
        directive @need(x: Int!, y: [Int]! = [], z: [String!]!) on FIELD
        { dog { name @need(z: []) } }
        """,
        Error("Directive \"@need\" argument \"x\" of type \"Int!\" is required, but it was not provided.", (2, 14)));
}
