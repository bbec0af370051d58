using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using Flowserv.GraphQL.Utilities;

namespace Flowserv.GraphQL.Tests.Utilities;

/// <summary>SchemaPrinter.Print gives graphql-js 16's printSchema output; each expected text was checked against graphql-js.</summary>
public class SchemaPrinterTests
{
    private const string RichSdl = """"
        """
        The schema description
        """
        schema @custom {
          query: Root
          mutation: Mutations
        }

        "A custom directive"
        directive @custom(
          "the arg"
          arg: String = "x"
          other: [Int!] = [1, 2]
        ) repeatable on SCHEMA | OBJECT | FIELD_DEFINITION

        directive @plain(a: Int, b: Color = RED) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION

        directive @mark(weight: Int) on ENUM_VALUE

        """
        Multi-line
          description with indent
        """
        type Root implements Node & Named @custom {
          id: ID!
          "Field desc"
          name: String @deprecated
          old(a: Int = 1, b: Float = 1.0, c: String = """block""", d: [Int] = 3, e: ID = "123", f: ID = "abc"): Int @deprecated(reason: "Use new")
          args(
            "first arg"
            first: Int = 10
            second: Filter = {limit: 5}
            third: Color = GREEN @deprecated(reason: "no")
          ): [Root!]!
          big(x: Float = 1.5e30, y: Float = 0.0000001, z: Float = 123456789012345678901234, w: Float = -0.5): Date
          search(term: String!): SearchResult
          node(id: ID!): Node
        }

        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String
        }

        type Mutations {
          update(input: UpdateInput!): Root
        }

        union SearchResult = Root | Other

        type Other {
          x: Int
        }

        enum Color {
          "Red"
          RED
          GREEN @deprecated
          BLUE @deprecated(reason: "Too blue") @mark(weight: 1)
        }

        input Filter {
          limit: Int = 10
          "desc"
          color: Color = RED
          nested: Filter
          tags: [String!] = ["a", "b"]
        }

        input UpdateInput @oneOf {
          id: ID
          name: String
        }

        scalar Date @specifiedBy(url: "https://example.com/date")

        """Has "quotes" inside"""
        scalar JSON
        """";

    private const string RichPrinted = """"
        """The schema description"""
        schema {
          query: Root
          mutation: Mutations
        }

        """A custom directive"""
        directive @custom(
          """the arg"""
          arg: String = "x"
          other: [Int!] = [1, 2]
        ) repeatable on SCHEMA | OBJECT | FIELD_DEFINITION

        directive @plain(a: Int, b: Color = RED) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION

        directive @mark(weight: Int) on ENUM_VALUE

        """
        Multi-line
          description with indent
        """
        type Root implements Node & Named {
          id: ID!

          """Field desc"""
          name: String @deprecated
          old(a: Int = 1, b: Float = 1, c: String = "block", d: [Int] = [3], e: ID = 123, f: ID = "abc"): Int @deprecated(reason: "Use new")
          args(
            """first arg"""
            first: Int = 10
            second: Filter = {limit: 5, color: RED, tags: ["a", "b"]}
            third: Color = GREEN @deprecated(reason: "no")
          ): [Root!]!
          big(x: Float = 1.5e+30, y: Float = 1e-7, z: Float = 1.2345678901234569e+23, w: Float = -0.5): Date
          search(term: String!): SearchResult
          node(id: ID!): Node
        }

        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String
        }

        type Mutations {
          update(input: UpdateInput!): Root
        }

        union SearchResult = Root | Other

        type Other {
          x: Int
        }

        enum Color {
          """Red"""
          RED
          GREEN @deprecated
          BLUE @deprecated(reason: "Too blue")
        }

        input Filter {
          limit: Int = 10

          """desc"""
          color: Color = RED
          nested: Filter
          tags: [String!] = ["a", "b"]
        }

        input UpdateInput @oneOf {
          id: ID
          name: String
        }

        scalar Date @specifiedBy(url: "https://example.com/date")

        """Has "quotes" inside"""
        scalar JSON
        """";

    [Fact]
    public void Prints_a_schema_using_every_feature_like_graphql_js()
    {
        Assert.Equal(RichPrinted, SchemaPrinter.Print(SchemaBuilder.FromSdl(RichSdl)));
    }

    [Fact]
    public void Printed_sdl_builds_the_same_schema_again()
    {
        Assert.Equal(RichPrinted, SchemaPrinter.Print(SchemaBuilder.FromSdl(RichPrinted)));
    }

    [Fact]
    public void Leaves_out_the_schema_definition_when_the_root_names_are_the_usual_ones()
    {
        Assert.Equal(
            "type Query {\n  a: Int\n}\n\ntype Mutation {\n  a: Int\n}",
            SchemaPrinter.Print(SchemaBuilder.FromSdl("schema { query: Query mutation: Mutation } type Query { a: Int } type Mutation { a: Int }")));
        Assert.Equal(
            "\"\"\"Described\"\"\"\nschema {\n  query: Query\n}\n\ntype Query {\n  a: Int\n}",
            SchemaPrinter.Print(SchemaBuilder.FromSdl("\"Described\" schema { query: Query } type Query { a: Int }")));
    }

    [Fact]
    public void Picks_block_or_quoted_strings_for_descriptions_like_graphql_js()
    {
        var schema = SchemaBuilder.FromSdl(""""
            type Query {
              "single"
              a(
                "arg a"
                x: Int
                y: Int
              ): String
              """
              multi
              line
              """
              b: String
              "  leading space"
              c: String
              "trailing newline\n"
              d: String
              "has\ttab and \"quote\""
              e: String
              ""
              f(x: Int): String
              "a very long description that goes on and on and on and on and on and on and on and on and on"
              h: String
            }
            """");

        Assert.Equal(
            """""""
            type Query {
              """single"""
              a(
                """arg a"""
                x: Int
                y: Int
              ): String

              """
              multi
              line
              """
              b: String

              """  leading space"""
              c: String

              "trailing newline\n"
              d: String

              """
              has	tab and "quote"
              """
              e: String

              """"""
              f(x: Int): String

              """
              a very long description that goes on and on and on and on and on and on and on and on and on
              """
              h: String
            }
            """"""",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_default_values_in_canonical_form()
    {
        var schema = SchemaBuilder.FromSdl("""
            input I { a: Int = 5 b: Int c: [I2!] }
            input I2 { x: String! y: Boolean = true }
            enum E { ONE TWO }
            scalar Custom
            type Query {
              f(a: I = {b: 1}, b: I = {c: {x: "q"}}, c: [E] = ONE, e: Custom = 12, g: [[Int]] = [[1], 2], h: String = null, i: Int! = 3, j: I = {c: [{x: "1", y: null}]}): Int
            }
            """);

        Assert.Equal(
            """
            input I {
              a: Int = 5
              b: Int
              c: [I2!]
            }

            input I2 {
              x: String!
              y: Boolean = true
            }

            enum E {
              ONE
              TWO
            }

            scalar Custom

            type Query {
              f(a: I = {a: 5, b: 1}, b: I = {a: 5, c: [{x: "q", y: true}]}, c: [E] = [ONE], e: Custom = 12, g: [[Int]] = [[1], [2]], h: String = null, i: Int! = 3, j: I = {a: 5, c: [{x: "1", y: null}]}): Int
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_numbers_strings_and_ids_in_defaults_as_graphql_js_does()
    {
        var schema = SchemaBuilder.FromSdl("""
            scalar Any
            type Query {
              f(a: Float = 1e21, b: Float = 1e20, c: Float = 123.0e-10, d: Float = -0.0, e: Float = 9007199254740993, h: Float = 1e-6, i: Float = 1.5e-6, j: Int = -0, k: ID = "-1", l: ID = "007", n: Any = 99999999999999999999, o: Any = 1.0, r: Any = ENUMLIKE, s: Any = null): Int
              g(a: String = "unié \u{1F600} tab\t nl\n quote\" back\\ ctrl\u0001 del\u007F"): Int
            }
            """);

        Assert.Equal(
            """
            scalar Any

            type Query {
              f(a: Float = 1e+21, b: Float = 100000000000000000000, c: Float = 1.23e-8, d: Float = 0, e: Float = 9007199254740992, h: Float = 0.000001, i: Float = 0.0000015, j: Int = 0, k: ID = -1, l: ID = "007", n: Any = 100000000000000000000, o: Any = 1, r: Any = "ENUMLIKE", s: Any = null): Int
              g(a: String = "unié 😀 tab\t nl\n quote\" back\\ ctrl\u0001 del\u007F"): Int
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_the_default_deprecation_reason_as_a_bare_directive()
    {
        var schema = SchemaBuilder.FromSdl("""type Query { a: Int @deprecated(reason: "No longer supported") b(x: Int @deprecated): Int c: Int @deprecated(reason: null) }""");

        Assert.Equal("type Query {\n  a: Int @deprecated\n  b(x: Int @deprecated): Int\n  c: Int\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_extensions_merged_into_their_types()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: String }
            extend type Query implements I { b: Int }
            interface I { b: Int }
            union U = Query
            extend union U = Other
            type Other { z: Int }
            enum E { A }
            extend enum E { B }
            extend schema { mutation: Other }
            """);

        Assert.Equal(
            """
            schema {
              query: Query
              mutation: Other
            }

            type Query implements I {
              a: String
              b: Int
            }

            interface I {
              b: Int
            }

            union U = Query | Other

            type Other {
              z: Int
            }

            enum E {
              A
              B
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_code_first_schemas_without_built_ins_or_specified_directives()
    {
        var color = new EnumType("Color", [new EnumValueDefinition { Name = "RED", Description = "Line one\nline two" }]);
        var query = new ObjectType(
            "Query",
            () =>
            [
                new FieldDefinition
                {
                    Name = "color",
                    Type = new NonNullType(color),
                    Arguments = [new InputValueDefinition { Name = "like", Type = color, DefaultValue = new EnumValueNode("RED") }],
                },
                new FieldDefinition { Name = "n", Type = BuiltInScalars.Int, Description = "\n starts with a line break" },
            ],
            description: "The root");
        var tag = new DirectiveDefinition { Name = "tag", Locations = [DirectiveLocation.Object, DirectiveLocation.Interface], IsRepeatable = true };
        var old = new DirectiveDefinition
        {
            Name = "old",
            Locations = [DirectiveLocation.FieldDefinition],
            Arguments = [new InputValueDefinition { Name = "x", Type = BuiltInScalars.Int }],
            DeprecationReason = "Use @tag",
        };

        var printed = SchemaPrinter.Print(new GraphQLSchema(query, directives: [.. SpecifiedDirectives.All, tag, old]));

        Assert.Equal(
            """"
            directive @tag repeatable on OBJECT | INTERFACE

            directive @old(x: Int) @deprecated(reason: "Use @tag") on FIELD_DEFINITION

            """The root"""
            type Query {
              color(like: Color = RED): Color!

              "\n starts with a line break"
              n: Int
            }

            enum Color {
              """
              Line one
              line two
              """
              RED
            }
            """",
            printed);
    }
}
