using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Introspection;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using static Flowserv.GraphQL.Tests.Building.Sdl.SdlTestHelpers;

namespace Flowserv.GraphQL.Tests.Building.Sdl;

public class FromSdlTests
{
    [Fact]
    public void Builds_default_root_types_by_name()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: String }
            type Mutation { b: Int }
            type Subscription { c: Boolean }
            """);

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
        Assert.Same(BuiltInScalars.String, schema.QueryType.GetField("a")!.Type);
    }

    [Fact]
    public void Schema_definition_names_the_roots_and_turns_off_the_default_names()
    {
        var schema = SchemaBuilder.FromSdl("""
            "The API"
            schema { query: Root }
            type Root { a: String }
            type Mutation { b: Int }
            """);

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Null(schema.MutationType);
        Assert.Equal("The API", schema.Description);
        Assert.NotNull(schema.AstNode);
    }

    [Fact]
    public void Schema_extension_adds_root_types()
    {
        var schema = SchemaBuilder.FromSdl("""
            schema { query: Query }
            extend schema { mutation: Changes }
            type Query { a: Int }
            type Changes { b: Int }
            """);

        Assert.Equal("Changes", schema.MutationType?.Name);
        Assert.IsType<SchemaExtensionNode>(Assert.Single(schema.ExtensionAstNodes));
    }

    [Fact]
    public void Builds_every_kind_of_type_with_descriptions()
    {
        var schema = SchemaBuilder.FromSdl("""
            "A node"
            interface Node { "The id" id: ID! }
            type User implements Node { id: ID! name(upper: Boolean = false): String friends: [User!]! }
            union Result = User
            enum Color { "Red" RED GREEN }
            input Filter { color: Color = RED, limit: Int! }
            "When"
            scalar Date
            type Query { user(filter: Filter): User result: Result date: Date node: Node }
            """);

        var node = Assert.IsType<InterfaceType>(schema.GetType("Node"));
        Assert.Equal("A node", node.Description);
        Assert.Equal("The id", node.GetField("id")!.Description);
        var user = Assert.IsType<ObjectType>(schema.GetType("User"));
        Assert.Same(node, Assert.Single(user.Interfaces));
        Assert.Equal("[User!]!", user.GetField("friends")!.Type.ToString());
        var upper = user.GetField("name")!.GetArgument("upper")!;
        Assert.Equal("false", AstPrinter.Print(upper.DefaultValue!));
        Assert.Same(user, Assert.Single(Assert.IsType<UnionType>(schema.GetType("Result")).Types));
        var color = Assert.IsType<EnumType>(schema.GetType("Color"));
        Assert.Equal(["RED", "GREEN"], color.Values.Select(value => value.Name));
        Assert.Equal("Red", color.GetValue("RED")!.Description);
        var filter = Assert.IsType<InputObjectType>(schema.GetType("Filter"));
        Assert.Equal("Int!", filter.GetField("limit")!.Type.ToString());
        Assert.Equal("When", schema.GetType("Date")!.Description);
        Assert.Equal([user], schema.GetPossibleTypes(node));
    }

    [Fact]
    public void Extensions_add_fields_interfaces_members_values_and_input_fields_and_are_kept()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Query implements Named { name: String }
            interface Named { name: String }
            extend interface Named { nick: String }
            extend type Query { nick: String }
            union U = Query
            extend union U = Other
            type Other { x: Int }
            enum E { A }
            extend enum E { B }
            input In { a: Int }
            extend input In { b: Int }
            scalar S
            extend scalar S @specifiedBy(url: "https://ignored.example")
            """);

        var query = schema.QueryType;
        Assert.Equal(["a", "name", "nick"], query.Fields.Keys);
        Assert.Equal("Named", Assert.Single(query.Interfaces).Name);
        Assert.Equal(2, query.ExtensionAstNodes.Count);
        Assert.IsType<ObjectTypeDefinitionNode>(query.AstNode);
        Assert.Equal(["name", "nick"], ((InterfaceType)schema.GetType("Named")!).Fields.Keys);
        Assert.Equal(["Query", "Other"], ((UnionType)schema.GetType("U")!).Types.Select(type => type.Name));
        Assert.Equal(["A", "B"], ((EnumType)schema.GetType("E")!).Values.Select(value => value.Name));
        Assert.Equal(["a", "b"], ((InputObjectType)schema.GetType("In")!).Fields.Keys);

        // As in graphql-js, only a scalar's definition gives its specifiedByURL.
        var scalar = (ScalarType)schema.GetType("S")!;
        Assert.Null(scalar.SpecifiedByUrl);
        Assert.Single(scalar.ExtensionAstNodes);
    }

    [Fact]
    public void Deprecated_reads_the_reason_with_its_default_everywhere_it_applies()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query {
              a: Int @deprecated
              b(x: Int @deprecated(reason: "use y"), y: Int): Int @deprecated(reason: "gone")
              c: Int
              d: Int @deprecated(reason: null)
            }
            enum E { A @deprecated B }
            input In { f: Int @deprecated(reason: "old") }
            """);

        var query = schema.QueryType;
        Assert.Equal("No longer supported", query.GetField("a")!.DeprecationReason);
        Assert.Equal("gone", query.GetField("b")!.DeprecationReason);
        Assert.Equal("use y", query.GetField("b")!.GetArgument("x")!.DeprecationReason);
        Assert.False(query.GetField("b")!.GetArgument("y")!.IsDeprecated);
        Assert.False(query.GetField("c")!.IsDeprecated);
        Assert.False(query.GetField("d")!.IsDeprecated);
        Assert.Equal("No longer supported", ((EnumType)schema.GetType("E")!).GetValue("A")!.DeprecationReason);
        Assert.Equal("old", ((InputObjectType)schema.GetType("In")!).GetField("f")!.DeprecationReason);
    }

    [Fact]
    public void SpecifiedBy_and_oneOf_shape_the_types()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a(by: By): Url }
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            input By @oneOf { id: ID name: String }
            """);

        Assert.Equal("https://url.spec.whatwg.org/", ((ScalarType)schema.GetType("Url")!).SpecifiedByUrl);
        Assert.True(((InputObjectType)schema.GetType("By")!).IsOneOf);
    }

    [Fact]
    public void Custom_directives_are_defined_before_the_specified_ones()
    {
        var schema = SchemaBuilder.FromSdl("""
            "Cache hints"
            directive @cache(maxAge: Int! = 60, scope: [String!]) repeatable on FIELD_DEFINITION | OBJECT
            directive @skip(if: Boolean!) on FIELD
            type Query { a: Int @cache }
            """);

        Assert.Equal(["cache", "skip", "include", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(directive => directive.Name));
        var cache = schema.GetDirective("cache")!;
        Assert.Equal("Cache hints", cache.Description);
        Assert.True(cache.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], cache.Locations);
        Assert.Equal("60", AstPrinter.Print(cache.GetArgument("maxAge")!.DefaultValue!));
        Assert.Equal("[String!]", cache.GetArgument("scope")!.Type.ToString());
        Assert.NotNull(cache.AstNode);

        // A definition named like a specified directive replaces it.
        Assert.Equal([DirectiveLocation.Field], schema.GetDirective("skip")!.Locations);
    }

    [Fact]
    public void Built_in_scalars_and_introspection_types_are_always_the_standard_ones()
    {
        var schema = SchemaBuilder.FromSdl("""
            "ignored"
            scalar String
            type Query { a: String t: __Type }
            """);

        Assert.Same(BuiltInScalars.String, schema.GetType("String"));
        Assert.Same(IntrospectionTypes.TypeType, schema.QueryType.GetField("t")!.Type);
    }

    [Fact]
    public void Unbound_custom_scalars_pass_values_through()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: JSON } scalar JSON");
        var json = (ScalarType)schema.GetType("JSON")!;
        var value = new object();

        Assert.Same(value, json.Serialize(value));
        Assert.Same(value, json.ParseValue(value));
        var parsed = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(
            json.ParseLiteral(Parser.ParseConstValue("""{a: [1, "x", 2.5, true, null, RED]}"""), null));
        var list = Assert.IsAssignableFrom<IEnumerable<object?>>(parsed["a"]).ToArray();
        Assert.Equal("1|x|2.5|True||RED", string.Join('|', list));
        Assert.Equal(1d, Convert.ToDouble(list[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Accepts_a_parsed_document()
    {
        var schema = SchemaBuilder.FromSdl(Parser.Parse("type Query { a: Int }"));

        Assert.Equal(["a"], schema.QueryType.Fields.Keys);
    }

    [Fact]
    public void Syntax_errors_are_reported_with_their_position()
    {
        var problem = Assert.Single(ProblemsOf("type Query {\n  a: \n}"));

        Assert.StartsWith("Syntax Error: ", problem, StringComparison.Ordinal);
        Assert.EndsWith("(3:1)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Executable_definitions_are_rejected()
    {
        Assert.Equal(
            [
                "A schema document may only contain type system definitions, but it contains an anonymous query operation. (2:1)",
                "A schema document may only contain type system definitions, but it contains the mutation operation \"M\". (3:1)",
                "A schema document may only contain type system definitions, but it contains the fragment \"F\". (4:1)",
            ],
            ProblemsOf("""
                type Query { a: Int }
                { a }
                mutation M { a }
                fragment F on Query { a }
                """));
    }
}
