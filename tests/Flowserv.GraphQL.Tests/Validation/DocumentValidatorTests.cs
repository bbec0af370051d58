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
    }

    [Fact]
    public void ExactlyTheLimitIsNotAborted()
    {
        var errors = DocumentValidator.Validate(TestSchemas.Main, Parser.Parse("{ f0 f1 f2 }"), maxErrors: 3);

        Assert.Equal(3, errors.Count);
        Assert.DoesNotContain(errors, error => error.Message.StartsWith("Too many", StringComparison.Ordinal));
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

/// <summary>What <see cref="TypeInfo"/> reports at each node, recorded by a probing rule.</summary>
public sealed class TypeInfoTests
{
    [Fact]
    public void TracksOutputTypesThroughFieldsAndFragments()
    {
        var seen = Probe(
            "{ dog { owner { pets { name } } ... on Cat { meowVolume } ...F } } fragment F on Canine { barkVolume }",
            (node, info) => node is FieldNode field
                ? $"{field.Name.Value}: {info.Type} in {info.ParentType} ({info.FieldDefinition?.Name})"
                : null);

        Assert.Equal(
            [
                "dog: Dog in Query (dog)",
                "owner: Human in Dog (owner)",
                "pets: [Pet!] in Human (pets)",
                "name: String in Pet (name)",
                "meowVolume: Int in Cat (meowVolume)",
                "barkVolume: Int in Canine (barkVolume)",
            ],
            seen);
    }

    [Fact]
    public void ResolvesMetaFieldsAndLeavesUnknownsNull()
    {
        var seen = Probe(
            "{ __typename __schema { queryType { name } } unknown { name } catOrDog { __typename } }",
            (node, info) => node is FieldNode field
                ? $"{field.Name.Value}: {info.Type?.ToString() ?? "?"} in {info.ParentType?.ToString() ?? "?"}"
                : null);

        Assert.Equal(
            [
                "__typename: String! in Query",
                "__schema: __Schema! in Query",
                "queryType: __Type! in __Schema",
                "name: String in __Type",
                "unknown: ? in Query",
                "name: ? in ?",
                "catOrDog: CatOrDog in Query",
                "__typename: String! in CatOrDog",
            ],
            seen);
    }

    [Fact]
    public void TracksInputTypesAndDefaultsThroughValues()
    {
        var seen = Probe(
            "query ($v: [String!] = [\"a\"]) { pets(first: 3, filter: { nested: { minVolume: 1 }, unknown: 2 }) { name } count(of: [\"x\"]) @skip(if: true) dog { doesKnowCommand(dogCommand: SIT) } }",
            (node, info) => node switch
            {
                ArgumentNode argument => $"argument {argument.Name.Value}: {info.InputType} default {Print(info.DefaultValue)} ({info.Argument?.Name})",
                ObjectFieldNode field => $"field {field.Name.Value}: {info.InputType?.ToString() ?? "?"} in {info.ParentInputType} default {Print(info.DefaultValue)}",
                StringValueNode value => $"string {value.Value}: {info.InputType} in {info.ParentInputType}",
                EnumValueNode value => $"enum {value.Value}: {info.EnumValue?.Name}",
                DirectiveNode directive => $"directive {directive.Name.Value}: {info.Directive?.Name}",
                _ => null,
            });

        Assert.Equal(
            [
                "string a: String! in [String!]",
                "argument first: Int default 10 (first)",
                "argument filter: PetFilter default none (filter)",
                "field nested: PetFilter in PetFilter default none",
                "field minVolume: Int in PetFilter default 0",
                "field unknown: ? in PetFilter default none",
                "argument of: [String!] default none (of)",
                "string x: String! in [String!]",
                "directive skip: skip",
                "argument if: Boolean! default none (if)",
                "argument dogCommand: DogCommand! default none (dogCommand)",
                "enum SIT: SIT",
            ],
            seen);
    }

    private static string Print(ValueNode? value) => value is null ? "none" : AstPrinter.Print(value);

    private static List<string> Probe(string document, Func<SyntaxNode, TypeInfo, string?> describe)
    {
        var seen = new List<string>();
        DocumentValidator.Validate(TestSchemas.Main, Parser.Parse(document), [() => new ProbeRule(describe, seen)]);
        return seen;
    }

    private sealed class ProbeRule(Func<SyntaxNode, TypeInfo, string?> describe, List<string> seen) : ValidationRule
    {
        public override string Name => "Probe";

        public override string SpecAnchor => "https://spec.graphql.org/October2021/#sec-Validation";

        public override void Enter(SyntaxNode node, ValidationContext context)
        {
            if (describe(node, context.TypeInfo) is { } description)
            {
                seen.Add(description);
            }
        }
    }
}
