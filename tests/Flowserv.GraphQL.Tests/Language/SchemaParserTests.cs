using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using static Flowserv.GraphQL.Tests.Language.SyntaxAssert;

namespace Flowserv.GraphQL.Tests.Language;

public class SchemaParserTests
{
    private static T Single<T>(string source)
        where T : DefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void Parses_a_simple_type_with_locations()
    {
        const string source = "\ntype Hello {\n  world: String\n}";
        var type = Single<ObjectTypeDefinitionNode>(source);
        Assert.Equal(new Location(1, 31, 2, 1), type.Location);
        Assert.Equal(new Location(6, 11, 2, 6), type.Name.Location);
        Assert.Null(type.Description);
        Assert.Empty(type.Interfaces);
        var field = Assert.Single(type.Fields);
        Assert.Equal(new Location(16, 29, 3, 3), field.Location);
        Assert.Equal(new Location(23, 29, 3, 10), field.Type.Location);
        Assert.Empty(field.Arguments);
    }

    [Fact]
    public void Parses_descriptions_of_every_kind()
    {
        var type = Single<ObjectTypeDefinitionNode>("\"Description\" type Hello { \"\"\"Field\"\"\" world(\"Arg\" a: Int = 1 @d): String @f }");
        Assert.Equal("Description", type.Description!.Value);
        Assert.False(type.Description.Block);
        Assert.Equal(new Location(0, 13, 1, 1), type.Description.Location);
        var field = Assert.Single(type.Fields);
        Assert.Equal("Field", field.Description!.Value);
        Assert.True(field.Description.Block);
        var argument = Assert.Single(field.Arguments);
        Assert.Equal("Arg", argument.Description!.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(argument.DefaultValue).Value);
        Assert.Single(argument.Directives);
        Assert.Single(field.Directives);

        var multiLine = Single<ObjectTypeDefinitionNode>("\"\"\"\nDescription\n\"\"\"\n# Even with comments between them\ntype Hello {\n  world: String\n}");
        Assert.Equal("Description", multiLine.Description!.Value);
        Assert.Equal(new Location(0, 19, 1, 1), multiLine.Description.Location);
        Assert.Equal(new Location(0, 84, 1, 1), multiLine.Location);
    }

    [Fact]
    public void Parses_schema_definitions_and_extensions()
    {
        var schema = Single<SchemaDefinitionNode>("\"S\" schema @d { query: Q mutation: M subscription: S }");
        Assert.Equal("S", schema.Description!.Value);
        Assert.Single(schema.Directives);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal("M", schema.OperationTypes[1].Type.Name.Value);

        var extension = Single<SchemaExtensionNode>("extend schema @d { query: Q }");
        Assert.Single(extension.Directives);
        Assert.Single(extension.OperationTypes);
        Assert.Single(Single<SchemaExtensionNode>("extend schema @d").Directives);
    }

    [Fact]
    public void Parses_every_type_definition()
    {
        var scalar = Single<ScalarTypeDefinitionNode>("scalar Hello @d");
        Assert.Single(scalar.Directives);

        var obj = Single<ObjectTypeDefinitionNode>("type Hello implements & Wo & rld @d { f: Int }");
        Assert.Equal(["Wo", "rld"], obj.Interfaces.Select(i => i.Name.Value));
        Assert.Empty(Single<ObjectTypeDefinitionNode>("type Hello").Fields);

        var iface = Single<InterfaceTypeDefinitionNode>("interface Hello implements World { f(a: [Int!] = [1]): [Int]! }");
        Assert.Equal("World", Assert.Single(iface.Interfaces).Name.Value);
        Assert.IsType<NonNullTypeNode>(Assert.Single(iface.Fields).Type);

        var union = Single<UnionTypeDefinitionNode>("union Hello @d = | Wo | Rld");
        Assert.Equal(["Wo", "Rld"], union.Types.Select(t => t.Name.Value));
        Assert.Empty(Single<UnionTypeDefinitionNode>("union Hello").Types);

        var enumType = Single<EnumTypeDefinitionNode>("enum Hello { \"d\" WORLD @d, MARS }");
        Assert.Equal(["WORLD", "MARS"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("d", enumType.Values[0].Description!.Value);

        var input = Single<InputObjectTypeDefinitionNode>("input Hello { world: String = \"x\" @d, other: [In!]! }");
        Assert.Equal(2, input.Fields.Count);
        Assert.IsType<StringValueNode>(input.Fields[0].DefaultValue);
    }

    [Fact]
    public void Parses_directive_definitions()
    {
        var directive = Single<DirectiveDefinitionNode>("\"D\" directive @foo(arg: Int = 1) repeatable on | FIELD | QUERY");
        Assert.Equal("foo", directive.Name.Value);
        Assert.True(directive.Repeatable);
        Assert.Single(directive.Arguments);
        Assert.Equal(["FIELD", "QUERY"], directive.Locations.Select(l => l.Value));
        Assert.Equal(new Location(49, 54, 1, 50), directive.Locations[0].Location);
        Assert.False(Single<DirectiveDefinitionNode>("directive @foo on FIELD").Repeatable);
        Assert.Equal("repeatable", Single<DirectiveDefinitionNode>("directive @repeatable on FIELD").Name.Value);
    }

    [Fact]
    public void Parses_every_type_extension()
    {
        Assert.Single(Single<ScalarTypeExtensionNode>("extend scalar S @d").Directives);
        var obj = Single<ObjectTypeExtensionNode>("extend type Hello implements Greeting { world: String }");
        Assert.Single(obj.Interfaces);
        Assert.Single(obj.Fields);
        Assert.Single(Single<ObjectTypeExtensionNode>("extend type Hello @d").Directives);
        Assert.Single(Single<ObjectTypeExtensionNode>("extend type Hello implements I").Interfaces);
        Assert.Single(Single<InterfaceTypeExtensionNode>("extend interface Hello { f: Int }").Fields);
        Assert.Equal(2, Single<UnionTypeExtensionNode>("extend union U = A | B").Types.Count);
        Assert.Single(Single<EnumTypeExtensionNode>("extend enum E { V }").Values);
        Assert.Single(Single<InputObjectTypeExtensionNode>("extend input I { f: Int }").Fields);
        Assert.Equal(new Location(0, 25, 1, 1), Single<InputObjectTypeExtensionNode>("extend input I { f: Int }").Location);
    }

    [Theory]
    [InlineData("extend scalar Hello", "Unexpected <EOF>.", 1, 20)]
    [InlineData("extend type Hello", "Unexpected <EOF>.", 1, 18)]
    [InlineData("extend interface Hello", "Unexpected <EOF>.", 1, 23)]
    [InlineData("extend union Hello", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend enum Hello", "Unexpected <EOF>.", 1, 18)]
    [InlineData("extend input Hello", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema { }", "Expected Name, found \"}\".", 1, 17)]
    [InlineData("extend", "Unexpected <EOF>.", 1, 7)]
    [InlineData("extend directive @d on FIELD", "Unexpected Name \"directive\".", 1, 8)]
    [InlineData("extend \"Description\" type Hello { world: String }", "Unexpected String \"Description\".", 1, 8)]
    [InlineData("\"Description\"\nextend type Hello {\n  world: String\n}", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("type Hello { world }", "Expected \":\", found \"}\".", 1, 20)]
    [InlineData("type Hello {}", "Expected Name, found \"}\".", 1, 13)]
    [InlineData("type Hello implements { f: Int }", "Expected Name, found \"{\".", 1, 23)]
    [InlineData("type Hello implements A & { f: Int }", "Expected Name, found \"{\".", 1, 27)]
    [InlineData("type Hello { f(): Int }", "Expected Name, found \")\".", 1, 16)]
    [InlineData("type Hello { f(a: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 25)]
    [InlineData("type Hello @d(a: $v)", "Unexpected variable \"$v\" in constant value.", 1, 18)]
    [InlineData("input Hello { world(foo: Int): String }", "Expected \":\", found \"(\".", 1, 20)]
    [InlineData("union Hello = || Wo | Rld", "Expected Name, found \"|\".", 1, 16)]
    [InlineData("union Hello = | Wo | Rld |", "Expected Name, found <EOF>.", 1, 27)]
    [InlineData("union Hello = Wo Rld", "Unexpected Name \"Rld\".", 1, 18)]
    [InlineData("union Hello =", "Expected Name, found <EOF>.", 1, 14)]
    [InlineData("enum Hello { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum Hello { A false }", "Name \"false\" is reserved and cannot be used for an enum value.", 1, 16)]
    [InlineData("enum Hello { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum Hello { \"d\" \"true\" }", "String \"true\" is reserved and cannot be used for an enum value.", 1, 18)]
    [InlineData("enum Hello {}", "Expected Name, found \"}\".", 1, 13)]
    [InlineData("directive @foo on FIELD | INCORRECT_LOCATION", "Unexpected Name \"INCORRECT_LOCATION\".", 1, 27)]
    [InlineData("directive @foo on", "Expected Name, found <EOF>.", 1, 18)]
    [InlineData("directive @foo(a: Int) FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 24)]
    [InlineData("directive foo on FIELD", "Expected \"@\", found Name \"foo\".", 1, 11)]
    [InlineData("directive @foo repeatable", "Expected \"on\", found <EOF>.", 1, 26)]
    [InlineData("schema { query: Q, input: I }", "Unexpected Name \"input\".", 1, 20)]
    [InlineData("schema {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("schema @d", "Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("scalar", "Expected Name, found <EOF>.", 1, 7)]
    [InlineData("type Hello { f: Int = 1 }", "Expected Name, found \"=\".", 1, 21)]
    public void Reports_type_system_syntax_errors(string source, string message, int line, int column) =>
        ParseError(source, message, line, column);

    [Fact]
    public void Parses_mixed_executable_and_type_system_documents()
    {
        var document = Parser.Parse("type Query { a: Int }\n{ a }\nextend type Query { b: Int }\nfragment F on Query { b }\ndirective @d on FIELD");
        Assert.Equal(
            [typeof(ObjectTypeDefinitionNode), typeof(OperationDefinitionNode), typeof(ObjectTypeExtensionNode), typeof(FragmentDefinitionNode), typeof(DirectiveDefinitionNode)],
            document.Definitions.Select(d => d.GetType()));
    }
}
