using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Validation;

namespace Flowserv.GraphQL.Tests.Validation;

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
