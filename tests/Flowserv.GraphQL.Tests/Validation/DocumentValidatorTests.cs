using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Validation;
using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void ValidDocumentHasNoErrors()
    {
        var document = Parser.Parse(
            """
            query Pets($first: Int = 2, $command: DogCommand!) {
              pets(first: $first) { name ... on Dog { doesKnowCommand(dogCommand: $command) } }
              dog { ...DogFields }
            }
            fragment DogFields on Dog { nickname owner { name } }
            """);

        Assert.Empty(DocumentValidator.Validate(TestSchemas.Main, document));
    }

    [Fact]
    public void ErrorsCarryCodeRuleAndSpecLink()
    {
        var errors = DocumentValidator.Validate(TestSchemas.Main, Parser.Parse("{ dog { nam } }"));

        var error = Assert.Single(errors);
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", error.Message);
        Assert.Equal([new SourceLocation(1, 9)], error.Locations);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("FieldSelections", error.Extensions!["rule"]);
        Assert.Equal("https://spec.graphql.org/October2021/#sec-Field-Selections", error.Extensions["specifiedBy"]);
    }

    [Fact]
    public void EveryRuleReportsInOneRun()
    {
        var errors = DocumentValidator.Validate(
            TestSchemas.Main,
            Parser.Parse(
                """
                query Q($unused: Int) { dog { name @unknown } }
                query Q { ...Missing }
                """));

        Assert.Equal(
            ["AllVariablesUsed", "DirectivesAreDefined", "FragmentSpreadTargetDefined", "OperationNameUniqueness"],
            errors.Select(error => (string)error.Extensions!["rule"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StopsAfterTheErrorLimit()
    {
        var document = Parser.Parse("{ " + string.Concat(Enumerable.Range(0, 5).Select(i => $"f{i} ")) + "}");

        var errors = DocumentValidator.Validate(TestSchemas.Main, document, maxErrors: 3);

        Assert.Equal(
            [
                "Cannot query field \"f0\" on type \"Query\".",
                "Cannot query field \"f1\" on type \"Query\".",
                "Cannot query field \"f2\" on type \"Query\".",
                "Too many validation errors, error limit reached. Validation aborted.",
            ],
            errors.Select(error => error.Message));
        Assert.Null(errors[^1].Locations);
        Assert.Equal(ErrorCodes.ValidationFailed, errors[^1].Code);
    }

    [Fact]
    public void ExactlyTheLimitIsNotAborted()
    {
        var errors = DocumentValidator.Validate(TestSchemas.Main, Parser.Parse("{ f0 f1 f2 }"), maxErrors: 3);

        Assert.Equal(3, errors.Count);
        Assert.DoesNotContain(errors, error => error.Message.StartsWith("Too many", StringComparison.Ordinal));
    }

    [Fact]
    public void DeeplyNestedDocumentsDoNotExhaustTheStack()
    {
        // Built by hand rather than parsed, so the test depends on the validator's stack use alone.
        ValueNode nested = new ListValueNode([]);
        for (var depth = 0; depth < 10_000; depth++)
        {
            nested = new ListValueNode([nested]);
        }

        var field = new FieldNode(null, new NameNode("count"), [new ArgumentNode(new NameNode("of"), nested)], [], null);
        var document = new DocumentNode([new OperationDefinitionNode(OperationType.Query, null, [], [], new SelectionSetNode([field]))]);

        // A thread with a small stack still validates: the walk keeps its own stack instead of recursing.
        IReadOnlyList<GraphQLError>? errors = null;
        var thread = new Thread(
            () => errors = DocumentValidator.Validate(TestSchemas.Main, document, [() => new FieldSelections(), () => new InputObjectFieldUniqueness()]),
            256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Empty(errors!);
    }

    [Fact]
    public void RunsOnlyTheGivenRules()
    {
        var errors = DocumentValidator.Validate(
            TestSchemas.Main,
            Parser.Parse("query Q { dog { nam } } query Q { dog { name } }"),
            [() => new OperationNameUniqueness()]);

        Assert.Equal("There can be only one operation named \"Q\".", Assert.Single(errors).Message);
    }

    [Fact]
    public void EachRunGetsFreshRuleInstances()
    {
        var document = Parser.Parse("query Q { dog { name } }");

        Assert.Empty(DocumentValidator.Validate(TestSchemas.Main, document));
        Assert.Empty(DocumentValidator.Validate(TestSchemas.Main, document));
    }

    [Fact]
    public void SpecifiedRulesAreTheSpecSection5RulesInSpecOrder()
    {
        Assert.Equal(
            [
                "ExecutableDefinitions", "OperationTypeExistence", "OperationNameUniqueness", "LoneAnonymousOperation",
                "SubscriptionSingleRootField", "FieldSelections", "FieldSelectionMerging", "LeafFieldSelections",
                "ArgumentNames", "ArgumentUniqueness", "RequiredArguments", "FragmentNameUniqueness",
                "FragmentSpreadTypeExistence", "FragmentsOnCompositeTypes", "FragmentsMustBeUsed",
                "FragmentSpreadTargetDefined", "FragmentSpreadsMustNotFormCycles", "FragmentSpreadIsPossible",
                "ValuesOfCorrectType", "InputObjectFieldNames", "InputObjectFieldUniqueness", "InputObjectRequiredFields",
                "DirectivesAreDefined", "DirectivesAreInValidLocations", "DirectivesAreUniquePerLocation",
                "VariableUniqueness", "VariablesAreInputTypes", "AllVariableUsesDefined", "AllVariablesUsed",
                "AllVariableUsagesAreAllowed",
            ],
            SpecifiedRules.All.Select(create => create().Name));
        Assert.All(SpecifiedRules.All, create => Assert.NotSame(create(), create()));
    }
}
