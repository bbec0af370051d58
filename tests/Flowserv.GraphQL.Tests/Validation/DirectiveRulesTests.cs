using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation;

public sealed class DirectivesAreDefinedTests : RuleTests<DirectivesAreDefined>
{
    [Fact]
    public void KnownDirectivesAreValid() => ExpectValid(
        """
        query @onQuery { dog { name @skip(if: true) @include(if: true) } }
        """);

    [Fact]
    public void UnknownDirectives() => ExpectErrors(
        """
        query Q($v: Int @unknownVar) @unknownQuery { dog @unknownField { ...F @unknownSpread } }
        fragment F on Dog @unknownFragment { name }
        """,
        Error("Unknown directive \"@unknownVar\".", (1, 17)),
        Error("Unknown directive \"@unknownQuery\".", (1, 30)),
        Error("Unknown directive \"@unknownField\".", (1, 50)),
        Error("Unknown directive \"@unknownSpread\".", (1, 71)),
        Error("Unknown directive \"@unknownFragment\".", (2, 19)));
}

public sealed class DirectivesAreInValidLocationsTests : RuleTests<DirectivesAreInValidLocations>
{
    [Fact]
    public void DirectivesInValidLocationsAreValid() => ExpectValid(
        """
        query ($v: Int @note) @onQuery @tag(name: "a") { dog { name @onField ...F @tag(name: "b") ... @cached(ttl: 1) { name } } }
        fragment F on Dog @note { name }
        """);

    [Fact]
    public void DirectivesInWrongLocations() => ExpectErrors(
        """
        query ($v: Int @onField) @onField { dog @onQuery { ...F @onField } }
        fragment F on Dog @skip(if: true) { name }
        """,
        Error("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", (1, 16)),
        Error("Directive \"@onField\" may not be used on QUERY.", (1, 26)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (1, 41)),
        Error("Directive \"@onField\" may not be used on FRAGMENT_SPREAD.", (1, 57)),
        Error("Directive \"@skip\" may not be used on FRAGMENT_DEFINITION.", (2, 19)));

    [Fact]
    public void MutationAndSubscriptionLocations() => ExpectErrors(
        """
        mutation @onQuery { addPet(name: "a") { name } }
        subscription @onQuery { newPet { name } }
        """,
        Error("Directive \"@onQuery\" may not be used on MUTATION.", (1, 10)),
        Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (2, 14)));

    [Fact]
    public void InputObjectExtensionFieldsCountAsArguments() => ExpectErrors(
        """
        extend input PetFilter { extra: Int @onField }
        type Cow { moo(loud: Boolean @onField): String }
        """,
        Error("Directive \"@onField\" may not be used on ARGUMENT_DEFINITION.", (1, 37)),
        Error("Directive \"@onField\" may not be used on ARGUMENT_DEFINITION.", (2, 30)));

    [Fact]
    public void TypeSystemLocations() => ExpectErrors(
        """
        { dog { name } }
        type Cow @onQuery { name: String @onField }
        input Hay { bale: Int @onField }
        enum E @onField { A @onQuery }
        """,
        Error("Directive \"@onQuery\" may not be used on OBJECT.", (2, 10)),
        Error("Directive \"@onField\" may not be used on FIELD_DEFINITION.", (2, 34)),
        Error("Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION.", (3, 23)),
        Error("Directive \"@onField\" may not be used on ENUM.", (4, 8)),
        Error("Directive \"@onQuery\" may not be used on ENUM_VALUE.", (4, 21)));
}

public sealed class DirectivesAreUniquePerLocationTests : RuleTests<DirectivesAreUniquePerLocation>
{
    [Fact]
    public void RepeatableAndDistinctDirectivesAreValid() => ExpectValid(
        """
        { dog @skip(if: false) @include(if: true) { name @tag(name: "a") @tag(name: "b") } }
        """);

    [Fact]
    public void DuplicateDirectives() => ExpectErrors(
        """
        query ($v: Int @note @note) { dog { name @skip(if: true) @skip(if: false) @skip(if: true) } }
        """,
        Error("The directive \"@note\" can only be used once at this location.", (1, 16), (1, 22)),
        Error("The directive \"@skip\" can only be used once at this location.", (1, 42), (1, 58)),
        Error("The directive \"@skip\" can only be used once at this location.", (1, 42), (1, 75)));

    [Fact]
    public void SameDirectiveOnDifferentLocationsIsValid() => ExpectValid(
        """
        { dog @onField { name @onField } }
        """);

    [Fact]
    public void TypeDefinitionAndExtensionsShareALocation() => ExpectErrors(
        """
        type Cow @note { a: Int }
        extend type Cow @note
        extend schema @note
        extend schema @note
        """,
        Error("The directive \"@note\" can only be used once at this location.", (1, 10), (2, 17)),
        Error("The directive \"@note\" can only be used once at this location.", (3, 15), (4, 15)));

    [Fact]
    public void UnknownDirectivesAreSilent() => ExpectValid(
        """
        { dog @unknown @unknown { name } }
        """);
}
