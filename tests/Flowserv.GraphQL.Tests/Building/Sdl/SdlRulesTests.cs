using static Flowserv.GraphQL.Tests.Building.Sdl.SdlTestHelpers;

namespace Flowserv.GraphQL.Tests.Building.Sdl;

/// <summary>The SDL rules FromSdl applies before building; messages and order as graphql-js's buildSchema reports them.</summary>
public class SdlRulesTests
{
    [Fact]
    public void LoneSchemaDefinition()
    {
        Assert.Equal(
            ["Must provide only one schema definition. (3:1)", "There can be only one query type in schema. (2:10, 3:10)"],
            ProblemsOf("""
                type Query { a: Int }
                schema { query: Query }
                schema { query: Query }
                """));
    }

    [Fact]
    public void UniqueOperationTypes_across_definition_and_extensions()
    {
        Assert.Equal(
            ["There can be only one query type in schema. (1:10, 1:23)", "There can be only one mutation type in schema. (1:36, 2:17)"],
            ProblemsOf("""
                schema { query: Query query: Query mutation: M }
                extend schema { mutation: M }
                type Query { a: Int }
                type M { a: Int }
                """));
    }

    [Fact]
    public void UniqueTypeNames()
    {
        Assert.Equal(
            ["There can be only one type named \"Query\". (1:6, 2:8)"],
            ProblemsOf("type Query { a: Int }\nscalar Query"));
    }

    [Fact]
    public void UniqueEnumValueNames_across_definition_and_extensions()
    {
        Assert.Equal(
            ["Enum value \"E.A\" can only be defined once.", "Enum value \"E.A\" can only be defined once."],
            MessagesOf("type Query { e: E }\nenum E { A A }\nextend enum E { A }"));
    }

    [Fact]
    public void UniqueFieldDefinitionNames_across_definition_and_extensions()
    {
        Assert.Equal(
            ["Field \"Query.a\" can only be defined once.", "Field \"Query.a\" can only be defined once.", "Field \"In.x\" can only be defined once."],
            MessagesOf("type Query { a: Int a: String }\nextend type Query { a: Int }\ninput In { x: Int x: Int }"));
    }

    [Fact]
    public void UniqueArgumentDefinitionNames_on_fields_and_directives()
    {
        Assert.Equal(
            ["Argument \"Query.f(x:)\" can only be defined once. (1:16, 1:24, 1:32)", "Argument \"@d(y:)\" can only be defined once. (2:14, 2:22)"],
            ProblemsOf("type Query { f(x: Int, x: Int, x: Int): Int }\ndirective @d(y: Int, y: Int) on FIELD"));
    }

    [Fact]
    public void UniqueDirectiveNames()
    {
        Assert.Equal(
            ["There can be only one directive named \"@d\"."],
            MessagesOf("type Query { a: Int }\ndirective @d on FIELD\ndirective @d on QUERY"));
    }

    [Fact]
    public void KnownTypeNames_with_suggestions_including_standard_types()
    {
        Assert.Equal(
            [
                "Unknown type \"Strin\". Did you mean \"String\"?",
                "Unknown type \"Usr\". Did you mean \"User\"?",
                "Unknown type \"Quer\". Did you mean \"Query\" or \"User\"?",
                "Unknown type \"Nothing\". Did you mean \"String\"?",
                "Unknown type \"Root\".",
            ],
            MessagesOf("""
                type Query { a: Strin b: Usr c: [Quer!] d(x: Nothing): Int t: __Type }
                type User { id: ID }
                schema { query: Root }
                """));
    }

    [Fact]
    public void Suggestions_are_ranked_by_distance_then_natural_order_and_capped_at_five()
    {
        Assert.Equal(
            ["Unknown type \"Usr\". Did you mean \"USR\", \"Ur\", \"Usr2\", \"Usr3\", or \"Usrs\"?"],
            MessagesOf("""
                type Query { a: Usr }
                type Usr10 { a: Int }
                type Usr2 { a: Int }
                type Usrs { a: Int }
                type USR { a: Int }
                type Ur { a: Int }
                type Usr3 { a: Int }
                """));
    }

    [Fact]
    public void KnownDirectives_and_their_locations()
    {
        Assert.Equal(
            [
                "Directive \"@d\" may not be used on OBJECT. (2:12)",
                "Unknown directive \"@unknown\". (3:10)",
                "Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION. (4:10)",
                "Directive \"@oneOf\" may not be used on INPUT_FIELD_DEFINITION. (6:19)",
            ],
            ProblemsOf("""
                directive @d on FIELD_DEFINITION
                type Query @d {
                  a: Int @unknown @d
                  b: Int @specifiedBy(url: "x")
                }
                input In { f: Int @oneOf }
                """));
    }

    [Fact]
    public void UniqueDirectivesPerLocation_treats_a_type_and_its_extensions_as_one_location()
    {
        Assert.Equal(
            [
                "The directive \"@d\" can only be used once at this location. (2:12, 2:15)",
                "The directive \"@deprecated\" can only be used once at this location. (3:10, 3:22)",
                "The directive \"@d\" can only be used once at this location. (2:12, 5:19)",
            ],
            ProblemsOf("""
                directive @d on OBJECT | FIELD_DEFINITION
                type Query @d @d @r @r {
                  a: Int @deprecated @deprecated @d
                }
                extend type Query @d
                directive @r repeatable on OBJECT
                """));
    }

    [Fact]
    public void PossibleTypeExtensions()
    {
        Assert.Equal(
            [
                "Cannot extend type \"Quer\" because it is not defined. Did you mean \"Query\"? (2:13)",
                "Cannot extend non-interface type \"Query\". (1:1, 3:1)",
                "Cannot extend type \"String\" because it is not defined. (4:15)",
                "Cannot extend non-input object type \"E\". (5:1, 6:1)",
            ],
            ProblemsOf("""
                type Query { a: Int }
                extend type Quer { b: Int }
                extend interface Query { c: Int }
                extend scalar String @specifiedBy(url: "x")
                enum E { A }
                extend input E { b: Int }
                """));
    }

    [Fact]
    public void KnownArgumentNamesOnDirectives_with_suggestions()
    {
        Assert.Equal(
            ["Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"?", "Unknown argument \"x\" on directive \"@d\"."],
            MessagesOf("""
                directive @d(name: Int) on FIELD_DEFINITION
                type Query { a: Int @deprecated(reasn: "x") b: Int @d(x: 1) }
                """));
    }

    [Fact]
    public void UniqueArgumentNames_in_applied_directives()
    {
        Assert.Equal(
            ["There can be only one argument named \"reason\". (1:33, 1:46)"],
            ProblemsOf("type Query { a: Int @deprecated(reason: \"a\", reason: \"b\") }"));
    }

    [Fact]
    public void UniqueInputFieldNames_in_defaults_and_directive_arguments()
    {
        Assert.Equal(
            ["There can be only one input field named \"a\".", "There can be only one input field named \"b\"."],
            MessagesOf("""
                directive @d(in: In) on FIELD_DEFINITION
                input In { a: Int b: Int }
                type Query { f(x: In = {a: 1, a: 2}): Int @d(in: {b: 1, b: 2}) }
                """));
    }

    [Fact]
    public void ProvidedRequiredArgumentsOnDirectives()
    {
        Assert.Equal(
            [
                "Directive \"@d\" argument \"req\" of type \"[Int!]!\" is required, but it was not provided. (2:21)",
                "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided. (3:10)",
            ],
            ProblemsOf("""
                directive @d(req: [Int!]!, opt: Int! = 1) on FIELD_DEFINITION
                type Query { a: Int @d(opt: 2) }
                scalar S @specifiedBy
                """));
    }

    [Fact]
    public void Problems_of_all_rules_are_listed_in_document_order()
    {
        Assert.Equal(
            [
                "Field \"Query.a\" can only be defined once.",
                "Argument \"Query.b(x:)\" can only be defined once.",
                "Unknown type \"Foo\".",
                "There can be only one type named \"Query\".",
                "There can be only one directive named \"@d\".",
                "Must provide only one schema definition.",
                "There can be only one query type in schema.",
            ],
            MessagesOf("""
                type Query { a: Int a: String b(x: Int, x: Int): Foo }
                type Query { c: Int }
                directive @d on FIELD
                directive @d on FIELD
                schema { query: Query }
                schema { query: Query }
                """));
    }

    [Fact]
    public void Invalid_values_of_specified_directives_are_reported()
    {
        Assert.Equal(
            ["Argument \"url\" of non-null type \"String!\" must not be null.", "Argument \"reason\" has invalid value 5."],
            MessagesOf("type Query { a: Int @deprecated(reason: 5) b: S }\nscalar S @specifiedBy(url: null)"));
    }
}
