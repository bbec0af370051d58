using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Tests.Language;

public class AstPrinterTests
{
    private static string Reprint(string source) => AstPrinter.Print(Parser.Parse(source, ParserOptions.Unbounded));

    [Fact]
    public void Prints_minimal_nodes()
    {
        var name = new NameNode("foo");
        Assert.Equal("foo", AstPrinter.Print(new FieldNode(null, name, [], [], null)));
        Assert.Equal("foo", AstPrinter.Print(name));
        Assert.Equal("$foo", AstPrinter.Print(new VariableNode(name)));
        Assert.Equal("[Foo!]!", AstPrinter.Print(new NonNullTypeNode(new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("Foo")))))));
        Assert.Equal("@d(a: 1)", AstPrinter.Print(new DirectiveNode(new NameNode("d"), [new ArgumentNode(new NameNode("a"), new IntValueNode("1"))])));
    }

    [Fact]
    public void Omits_empty_parts_like_graphql_js()
    {
        var name = new NameNode("foo");
        var empty = new SelectionSetNode([]);
        Assert.Equal("foo", AstPrinter.Print(new FieldNode(null, name, [], [], empty)));
        Assert.Equal("...", AstPrinter.Print(new InlineFragmentNode(null, [], empty)));
        Assert.Equal("query foo ", AstPrinter.Print(new OperationDefinitionNode(OperationType.Query, name, [], [], empty)));
        Assert.Equal("fragment foo on T ", AstPrinter.Print(new FragmentDefinitionNode(name, new NamedTypeNode(new NameNode("T")), [], empty)));
        Assert.Equal("type foo", AstPrinter.Print(new ObjectTypeDefinitionNode(null, name, [], [], [])));
        Assert.Equal("extend schema", AstPrinter.Print(new SchemaExtensionNode([], [])));
    }

    [Fact]
    public void Indents_every_line_of_a_nested_block_string_even_blank_ones() =>
        Assert.Equal(
            "enum E {\n  \"\"\"\n  a\n  \n  b\n  \"\"\"\n  A\n}",
            Reprint("enum E { \"\"\"\na\n\nb\n\"\"\" A }"));

    [Theory]
    [InlineData("1", "1")]
    [InlineData("-1.5e10", "-1.5e10")]
    [InlineData("\"a\\u0041\"", "\"aA\"")]
    [InlineData("\"\"\"  block\"\"\"", "\"\"\"  block\"\"\"")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    [InlineData("ENUM", "ENUM")]
    [InlineData("$v", "$v")]
    [InlineData("[1,2 ,3]", "[1, 2, 3]")]
    [InlineData("[]", "[]")]
    [InlineData("{}", "{}")]
    [InlineData("{ a : 1 , b: [ {c: $d} ] }", "{a: 1, b: [{c: $d}]}")]
    public void Prints_values(string source, string printed) =>
        Assert.Equal(printed, AstPrinter.Print(Parser.ParseValue(source)));

    [Theory]
    [InlineData("hello world", "\"hello world\"")]
    [InlineData("\"hello world\"", "\"\\\"hello world\\\"\"")]
    [InlineData("escape: \\", "\"escape: \\\\\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000", "\"\\u0000\"")]
    [InlineData(" ", "\" \"")]
    [InlineData("\u21BB", "\"\u21BB\"")]
    [InlineData("\U0001F600", "\"\U0001F600\"")]
    [InlineData("/", "\"/\"")]
    public void Prints_strings_like_printString(string value, string printed) =>
        Assert.Equal(printed, AstPrinter.PrintString(value));

    [Fact]
    public void Escapes_every_control_character()
    {
        var controls = string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c));
        Assert.Equal(
            "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000B\\f\\r\\u000E\\u000F"
            + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001A\\u001B\\u001C\\u001D\\u001E\\u001F\"",
            AstPrinter.PrintString(controls));

        var c1 = string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c));
        var expected = string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => $"\\u{c:X4}"));
        Assert.Equal($"\"{expected}\"", AstPrinter.PrintString(c1));
        Assert.Equal("\"\u00A0\"", AstPrinter.PrintString("\u00A0"));
    }

    [Theory]
    [InlineData("query { id, name }", "{\n  id\n  name\n}")]
    [InlineData("mutation { id, name }", "mutation {\n  id\n  name\n}")]
    [InlineData("query ($foo: TestType) @testDirective { id, name }", "query ($foo: TestType) @testDirective {\n  id\n  name\n}")]
    [InlineData("mutation ($foo: TestType) @testDirective { id, name }", "mutation ($foo: TestType) @testDirective {\n  id\n  name\n}")]
    [InlineData("query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) { id }", "query ($foo: TestType = {a: 123} @testDirective(if: true) @test) {\n  id\n}")]
    [InlineData("{trip(wheelchair:false arriveBy:false){dateTime}}", "{\n  trip(wheelchair: false, arriveBy: false) {\n    dateTime\n  }\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("{ a: b(c: 1) @d { ... on T { e } ... @f { g } ...h @i } }", "{\n  a: b(c: 1) @d {\n    ... on T {\n      e\n    }\n    ... @f {\n      g\n    }\n    ...h @i\n  }\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("fragment F on T { a }", "fragment F on T {\n  a\n}")]
    public void Prints_executable_definitions(string source, string printed) =>
        Assert.Equal(printed, Reprint(source));

    [Fact]
    public void Puts_arguments_on_multiple_lines_when_the_line_exceeds_80_characters()
    {
        Assert.Equal(
            "{\n  trip(\n    wheelchair: false\n    arriveBy: false\n    includePlannedCancellations: true\n    transitDistanceReluctance: 2000\n  ) {\n    dateTime\n  }\n}",
            Reprint("{trip(wheelchair:false arriveBy:false includePlannedCancellations:true transitDistanceReluctance:2000){dateTime}}"));

        // Exactly 80 characters stays on one line (the indentation is not counted).
        var eighty = "a(b: \"" + new string('x', 72) + "\")";
        Assert.Equal(80, eighty.Length);
        Assert.Equal("{\n  " + eighty + "\n}", Reprint("{" + eighty + "}"));
        var eightyOne = "a(b: \"" + new string('x', 73) + "\")";
        Assert.Equal("{\n  a(\n    b: \"" + new string('x', 73) + "\"\n  )\n}", Reprint("{" + eightyOne + "}"));
    }

    [Fact]
    public void Prints_executable_descriptions()
    {
        const string expected = "\"Op\"\nquery Q(\n\"var\"\n$a: Int = 1 @d\n$b: String\n) {\n  a\n}\n\n\"\"\"Frag\"\"\"\nfragment F on T {\n  a\n}\n\n\"Anonymous\"\nquery {\n  a\n}";
        Assert.Equal(expected, Reprint("\"Op\" query Q(\"var\" $a: Int = 1 @d, $b: String) { a } \"\"\"Frag\"\"\" fragment F on T { a } \"Anonymous\" query { a }"));
        Assert.Equal(expected, Reprint(expected));
        Assert.Equal("query Q($a: Int, $b: String) {\n  a\n}", Reprint("query Q($a: Int $b: String) { a }"));
    }

    [Fact]
    public void Prints_the_kitchen_sink()
    {
        const string source = """"
            query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
              whoever123is: node(id: [123, 456]) {
                id ,
                ... on User @onInlineFragment {
                  field2 {
                    id ,
                    alias: field1(first:10, after:$foo,) @include(if: $foo) {
                      id,
                      ...frag @onFragmentSpread
                    }
                  }
                }
                ... @skip(unless: $foo) {
                  id
                }
                ... {
                  id
                }
              }
            }

            mutation likeStory @onMutation {
              like(story: 123) @onField {
                story {
                  id @onField
                }
              }
            }

            subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition)
              @onSubscription {
              storyLikeSubscribe(input: $input) {
                story {
                  likers {
                    count
                  }
                  likeSentence {
                    text
                  }
                }
              }
            }

            fragment frag on Friend @onFragmentDefinition {
              foo(size: $size, bar: $b, obj: {key: "value", block: """
                  block string uses \"""
              """})
            }

            {
              unnamed(truthy: true, falsy: false, nullish: null),
              query
            }

            query { __typename }
            """";
        const string expected = """"
            query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
              whoever123is: node(id: [123, 456]) {
                id
                ... on User @onInlineFragment {
                  field2 {
                    id
                    alias: field1(first: 10, after: $foo) @include(if: $foo) {
                      id
                      ...frag @onFragmentSpread
                    }
                  }
                }
                ... @skip(unless: $foo) {
                  id
                }
                ... {
                  id
                }
              }
            }

            mutation likeStory @onMutation {
              like(story: 123) @onField {
                story {
                  id @onField
                }
              }
            }

            subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
              storyLikeSubscribe(input: $input) {
                story {
                  likers {
                    count
                  }
                  likeSentence {
                    text
                  }
                }
              }
            }

            fragment frag on Friend @onFragmentDefinition {
              foo(
                size: $size
                bar: $b
                obj: {key: "value", block: """
                block string uses \"""
                """}
              )
            }

            {
              unnamed(truthy: true, falsy: false, nullish: null)
              query
            }

            {
              __typename
            }
            """";
        Assert.Equal(expected, Reprint(source));
        Assert.Equal(expected, Reprint(expected));
    }

    [Fact]
    public void Prints_the_schema_kitchen_sink_unchanged()
    {
        const string sdl = """"
            """This is a description of the schema as a whole."""
            schema {
              query: QueryType
              mutation: MutationType
            }

            """
            This is a description
            of the `Foo` type.
            """
            type Foo implements Bar & Baz & Two {
              "Description of the `one` field."
              one: Type
              """This is a description of the `two` field."""
              two(
                """This is a description of the `argument` argument."""
                argument: InputType!
              ): Type
              three(argument: InputType, other: String): Int
              four(argument: String = "string"): String
              five(argument: [String] = ["string", "string"]): String
              six(argument: InputType = {key: "value"}): Type
              seven(argument: Int = null): Type
            }

            type AnnotatedObject @onObject(arg: "value") {
              annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
            }

            type UndefinedType

            extend type Foo {
              seven(argument: [String]): Type
            }

            extend type Foo @onType

            interface Bar {
              one: Type
              four(argument: String = "string"): String
            }

            interface AnnotatedInterface @onInterface {
              annotatedField(arg: Type @onArgumentDefinition): Type @onField
            }

            interface UndefinedInterface

            extend interface Bar implements Two {
              two(argument: InputType!): Type
            }

            extend interface Bar @onInterface

            interface Baz implements Bar & Two {
              one: Type
              two(argument: InputType!): Type
              four(argument: String = "string"): String
            }

            union Feed = Story | Article | Advert

            union AnnotatedUnion @onUnion = A | B

            union UndefinedUnion

            extend union Feed = Photo | Video

            extend union Feed @onUnion

            scalar CustomScalar

            scalar AnnotatedScalar @onScalar

            extend scalar CustomScalar @onScalar

            enum Site {
              """This is a description of the `DESKTOP` value"""
              DESKTOP
              "This is a description of the `WEB` value"
              WEB
            }

            enum AnnotatedEnum @onEnum {
              ANNOTATED_VALUE @onEnumValue
              OTHER_VALUE
            }

            enum UndefinedEnum

            extend enum Site {
              VR
            }

            extend enum Site @onEnum

            input InputType {
              key: String!
              answer: Int = 42
            }

            input AnnotatedInput @onInputObject {
              annotatedField: Type @onInputFieldDefinition
            }

            input UndefinedInput

            extend input InputType {
              other: Float = 1.23e4 @onInputFieldDefinition
            }

            extend input InputType @onInputObject

            """This is a description of the `@skip` directive"""
            directive @skip(
              """This is a description of the `if` argument"""
              if: Boolean! @onArgumentDefinition
            ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            directive @myRepeatableDir(name: String!) repeatable on OBJECT | INTERFACE

            extend schema @onSchema

            extend schema @onSchema {
              subscription: SubscriptionType
            }
            """";
        Assert.Equal(sdl, Reprint(sdl));
    }

    [Fact]
    public void Normalizes_type_system_formatting()
    {
        Assert.Equal("union U = A | B", Reprint("union U = | A | B"));
        Assert.Equal("type T implements A & B {\n  f(a: Int = 1, b: [String!]!): Int @d\n}", Reprint("type T implements & A & B { f(a: Int = 1 b: [String!]!): Int @d }"));
        Assert.Equal("directive @d on FIELD | QUERY", Reprint("directive @d on | FIELD | QUERY"));
        Assert.Equal("\"\"\"\nmulti\nline\n\"\"\"\nscalar S", Reprint("\"\"\"\n    multi\n    line\n  \"\"\" scalar S"));
        Assert.Equal("schema @d {\n  query: Q\n}", Reprint("schema @d { query: Q }"));
        Assert.Equal("enum E {\n  \"\"\"\n  described\n    value\n  \"\"\"\n  A\n}", Reprint("enum E { \"\"\"\ndescribed\n  value\n\"\"\" A }"));
    }
}
