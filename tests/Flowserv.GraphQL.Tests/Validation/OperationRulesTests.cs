using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsTests : RuleTests<ExecutableDefinitions>
{
    [Fact]
    public void OperationsAndFragmentsAreValid() => ExpectValid(
        """
        query Q { dog { ...F } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void TypeDefinitionIsRejected() => ExpectErrors(
        """
        { dog { name } }
        type Cow { name: String }
        extend type Dog { color: String }
        """,
        Error("The \"Cow\" definition is not executable.", (2, 1)),
        Error("The \"Dog\" definition is not executable.", (3, 1)));

    [Fact]
    public void SchemaDefinitionAndExtensionAreRejected() => ExpectErrors(
        """
        { dog { name } }
        schema { query: Query }
        extend schema @onQuery
        """,
        Error("The schema definition is not executable.", (2, 1)),
        Error("The schema definition is not executable.", (3, 1)));

    [Fact]
    public void DirectiveDefinitionIsRejected() => ExpectErrors(
        """
        { dog { name } }
        directive @cow on FIELD
        """,
        Error("The \"cow\" definition is not executable.", (2, 1)));
}

public sealed class OperationTypeExistenceTests : RuleTests<OperationTypeExistence>
{
    [Fact]
    public void EveryRootTypeDefinedIsValid() => ExpectValid(
        """
        query { dog { name } }
        mutation { addPet(name: "a") { name } }
        subscription { newPet { name } }
        """);

    [Fact]
    public void MissingMutationType() => ExpectErrors(
        TestSchemas.QueryOnly,
        """
        mutation AddPet { addName }
        """,
        Error("The mutation operation is not supported by the schema.", (1, 1)));

    [Fact]
    public void MissingSubscriptionType() => ExpectErrors(
        TestSchemas.QueryOnly,
        """
        subscription { name }
        """,
        Error("The subscription operation is not supported by the schema.", (1, 1)));
}

public sealed class OperationNameUniquenessTests : RuleTests<OperationNameUniqueness>
{
    [Fact]
    public void DistinctNamesAreValid() => ExpectValid(
        """
        query A { dog { name } }
        query B { dog { name } }
        fragment A on Dog { name }
        """);

    [Fact]
    public void DuplicateQueryNames() => ExpectErrors(
        """
        query Pets { dog { name } }
        query Pets { pet { name } }
        """,
        Error("There can be only one operation named \"Pets\".", (1, 7), (2, 7)));

    [Fact]
    public void DuplicateAcrossOperationTypes() => ExpectErrors(
        """
        query Pets { dog { name } }
        mutation Pets { addPet(name: "a") { name } }
        subscription Pets { newPet { name } }
        """,
        Error("There can be only one operation named \"Pets\".", (1, 7), (2, 10)),
        Error("There can be only one operation named \"Pets\".", (1, 7), (3, 14)));
}

public sealed class LoneAnonymousOperationTests : RuleTests<LoneAnonymousOperation>
{
    [Fact]
    public void SingleAnonymousOperationIsValid() => ExpectValid(
        """
        { dog { name } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void AnonymousNextToNamed() => ExpectErrors(
        """
        { dog { name } }
        query Named { pet { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void TwoAnonymousOperations() => ExpectErrors(
        """
        { dog { name } }
        { pet { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)),
        Error("This anonymous operation must be the only defined operation.", (2, 1)));
}

public sealed class SubscriptionSingleRootFieldTests : RuleTests<SubscriptionSingleRootField>
{
    [Fact]
    public void SingleRootFieldIsValid() => ExpectValid(
        """
        subscription { newPet { name } }
        subscription Named { ...Root }
        fragment Root on Subscription { petCount }
        """);

    [Fact]
    public void TwoRootFields() => ExpectErrors(
        """
        subscription Multi { newPet { name } petCount }
        """,
        Error("Subscription \"Multi\" must select only one top level field.", (1, 38)));

    [Fact]
    public void RootFieldsThroughFragments() => ExpectErrors(
        """
        subscription { ...Root newPet { name } }
        fragment Root on Subscription { petCount other: petCount }
        """,
        Error("Anonymous Subscription must select only one top level field.", (2, 42), (1, 24)));

    [Fact]
    public void AliasedSameFieldCountsTwice() => ExpectErrors(
        """
        subscription { a: petCount b: petCount }
        """,
        Error("Anonymous Subscription must select only one top level field.", (1, 28)));

    [Fact]
    public void IntrospectionRootField() => ExpectErrors(
        """
        subscription Introspect { __typename }
        """,
        Error("Subscription \"Introspect\" must not select an introspection top level field.", (1, 27)));

    [Fact]
    public void SkipOnRootField() => ExpectErrors(
        """
        subscription Skip($no: Boolean!) { newPet @skip(if: $no) { name } }
        """,
        Error("Subscription \"Skip\" must not use `@skip` or `@include` directives in the top level selection.", (1, 43)));

    [Fact]
    public void IncludeInRootFragments() => ExpectErrors(
        """
        subscription { ... @include(if: true) { petCount } ...Root }
        fragment Root on Subscription { newPet @skip(if: false) { name } }
        """,
        Error("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (1, 20), (2, 40)));

    [Fact]
    public void DirectivesBelowTheRootAreAllowed() => ExpectValid(
        """
        subscription { newPet { name @skip(if: true) } }
        """);

    [Fact]
    public void NoFieldsCollected() => ExpectErrors(
        """
        subscription { ... on Query { dog { name } } }
        """,
        Error("Anonymous Subscription must select one top level field.", (1, 14)));

    [Fact]
    public void QueryOnlySchemaIsIgnored() => ExpectValid(
        TestSchemas.QueryOnly,
        """
        subscription { name other: name }
        """);
}
