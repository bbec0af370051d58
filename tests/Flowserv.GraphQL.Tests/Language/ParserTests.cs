using System.Text;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using static Flowserv.GraphQL.Tests.Language.SyntaxAssert;

namespace Flowserv.GraphQL.Tests.Language;

public class ParserTests
{
    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("   # only a comment\n", "Unexpected <EOF>.", 2, 1)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("query {}", "Expected Name, found \"}\".", 1, 8)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("query Foo($x: Boolean = $var) { field }", "Unexpected variable \"$var\" in constant value.", 1, 25)]
    [InlineData("query Foo($x: Int = $) { field }", "Unexpected \"$\".", 1, 21)]
    [InlineData("query Foo($x: Int @dir(a: $v)) { field }", "Unexpected variable \"$v\" in constant value.", 1, 27)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment \"on\" on T { a }", "Unexpected String \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("subscription", "Expected \"{\", found <EOF>.", 1, 13)]
    [InlineData("query Q($a) { a }", "Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q() { a }", "Expected \"$\", found \")\".", 1, 9)]
    [InlineData("{ a() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a(b) }", "Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a(b: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ a(b: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ a(b: {c 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ a @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a: }", "Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ ... on { a } }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("{ a } }", "Unexpected \"}\".", 1, 7)]
    [InlineData("query Q($a: [Int) { a }", "Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($a: Int!!) { a }", "Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("{ a(b: 1.5e) }", "Invalid number, expected digit but got: \")\".", 1, 12)]
    [InlineData("mutation", "Expected \"{\", found <EOF>.", 1, 9)]
    [InlineData("Query { a }", "Unexpected Name \"Query\".", 1, 1)]
    [InlineData("{ a(b: \"\"\"block\"\"\") c(d: \"x\" e: \"\"\"y\"\"\") }\n!", "Unexpected \"!\".", 2, 1)]
    public void Reports_syntax_errors(string source, string message, int line, int column) =>
        ParseError(source, message, line, column);

    [Fact]
    public void Description_on_the_query_shorthand_is_an_error()
    {
        ParseError("\"\"\"Invalid\"\"\"\n{ __typename }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1);
        ParseError("\"desc\" extend type T { f: Int }", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1);
        ParseError("\"desc\" Foo", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1);
        ParseError("\"desc\"", "Unexpected <EOF>.", 1, 7);
    }

    [Fact]
    public void Parses_the_ast_with_locations()
    {
        const string source = "{\n  node(id: 4) {\n    id,\n    name\n  }\n}\n";
        var document = Parser.Parse(source);
        Assert.Equal(new Location(0, 41, 1, 1), document.Location);
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal(new Location(0, 40, 1, 1), operation.Location);
        Assert.Equal(new Location(0, 40, 1, 1), operation.SelectionSet.Location);

        var node = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(new Location(4, 38, 2, 3), node.Location);
        Assert.Null(node.Alias);
        Assert.Equal("node", node.Name.Value);
        Assert.Equal(new Location(4, 8, 2, 3), node.Name.Location);
        var argument = Assert.Single(node.Arguments);
        Assert.Equal(new Location(9, 14, 2, 8), argument.Location);
        Assert.Equal(new Location(9, 11, 2, 8), argument.Name.Location);
        var value = Assert.IsType<IntValueNode>(argument.Value);
        Assert.Equal("4", value.Value);
        Assert.Equal(new Location(13, 14, 2, 12), value.Location);
        Assert.Equal(new Location(16, 38, 2, 15), node.SelectionSet!.Location);

        var children = node.SelectionSet.Selections;
        Assert.Equal(2, children.Count);
        Assert.Equal(new Location(22, 24, 3, 5), children[0].Location);
        Assert.Equal(new Location(30, 34, 4, 5), children[1].Location);
        Assert.Null(((FieldNode)children[1]).SelectionSet);
    }

    [Fact]
    public void Parses_named_operation_with_everything()
    {
        const string source = "\"Described\" query Q($a: [Int!]! = [1], \"var doc\" $b: In @d) @op { alias: f(x: $a) @skip(if: true) { ...F @s ... on T { g } ... @i { h } } }";
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));
        Assert.Equal("Described", operation.Description!.Value);
        Assert.Equal(new Location(0, source.Length, 1, 1), operation.Location);
        Assert.Equal("Q", operation.Name!.Value);

        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(a.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("Int", a.Type.NamedType.Name.Value);
        Assert.Equal(new Location(24, 31, 1, 25), a.Type.Location);
        Assert.Equal(new Location(24, 30, 1, 25), list.Location);
        Assert.IsType<ListValueNode>(a.DefaultValue);

        var b = operation.VariableDefinitions[1];
        Assert.Equal("var doc", b.Description!.Value);
        Assert.Equal(39, b.Location.Start);
        Assert.Equal("d", Assert.Single(b.Directives).Name.Value);

        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("f", field.Name.Value);
        Assert.Equal("alias", field.ResponseName);
        Assert.IsType<VariableNode>(Assert.Single(field.Arguments).Value);
        Assert.IsType<BooleanValueNode>(Assert.Single(Assert.Single(field.Directives).Arguments).Value);

        var selections = field.SelectionSet!.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Single(spread.Directives);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(untyped.TypeCondition);
        Assert.Single(untyped.Directives);
    }

    [Theory]
    [InlineData("query { a }", OperationType.Query)]
    [InlineData("mutation { a }", OperationType.Mutation)]
    [InlineData("subscription { a }", OperationType.Subscription)]
    [InlineData("mutation M @d { a }", OperationType.Mutation)]
    public void Parses_operation_types(string source, OperationType type) =>
        Assert.Equal(type, Assert.IsType<OperationDefinitionNode>(Parser.Parse(source).Definitions[0]).Operation);

    [Fact]
    public void Parses_fragment_definitions_with_descriptions()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(Parser.Parse("\"\"\"Frag\"\"\"\nfragment F on T @d { a }").Definitions[0]);
        Assert.Equal("Frag", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
        Assert.Single(fragment.Directives);
        Assert.Equal(new Location(0, 35, 1, 1), fragment.Location);
    }

    [Fact]
    public void Keywords_are_valid_names_where_a_name_is_expected()
    {
        const string source = "query on { on: fragment(query: mutation, type: true) ... on on { subscription } } fragment fragment on on { on }";
        Assert.Equal(2, Parser.Parse(source).Definitions.Count);
        Assert.Single(Parser.Parse("{ true false null on }").Definitions);
    }

    [Fact]
    public void Parses_every_kind_of_value()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{a: 1, b: -1.5e3, c: \"s\", d: \"\"\"block\"\"\", e: true, f: false, g: null, h: ENUM, i: $v, j: [], k: {}}"));
        var fields = value.Fields;
        Assert.Equal("1", Assert.IsType<IntValueNode>(fields[0].Value).Value);
        Assert.Equal("-1.5e3", Assert.IsType<FloatValueNode>(fields[1].Value).Value);
        Assert.Equal(new StringValueNode("s") { Location = fields[2].Value.Location }, fields[2].Value);
        Assert.True(Assert.IsType<StringValueNode>(fields[3].Value).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(fields[4].Value).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(fields[5].Value).Value);
        Assert.IsType<NullValueNode>(fields[6].Value);
        Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(fields[7].Value).Value);
        Assert.Equal("v", Assert.IsType<VariableNode>(fields[8].Value).Name.Value);
        Assert.Empty(Assert.IsType<ListValueNode>(fields[9].Value).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(fields[10].Value).Fields);
        Assert.Equal(new Location(1, 5, 1, 2), fields[0].Location);
    }

    [Fact]
    public void Parses_standalone_values_and_types()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\"]"));
        Assert.Equal(new Location(0, 11, 1, 1), list.Location);
        Assert.Equal(new Location(1, 4, 1, 2), list.Values[0].Location);
        Assert.Equal(new Location(5, 10, 1, 6), list.Values[1].Location);

        Assert.IsType<VariableNode>(Parser.ParseValue("$var"));
        Error(() => Parser.ParseConstValue("$var"), "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 1);
        Error(() => Parser.ParseConstValue("[1 $x]"), "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 4);
        Error(() => Parser.ParseValue("1 2"), "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3);
        Error(() => Parser.ParseValue(""), "Syntax Error: Unexpected <EOF>.", 1, 1);

        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[MyType!]!"));
        Assert.Equal(new Location(0, 10, 1, 1), type.Location);
        Assert.Equal("MyType", type.NamedType.Name.Value);
        Assert.Equal(new Location(0, 6, 1, 1), Assert.IsType<NamedTypeNode>(Parser.ParseType("String")).Location);
        Error(() => Parser.ParseType("[String"), "Syntax Error: Expected \"]\", found <EOF>.", 1, 8);
        Error(() => Parser.ParseType("String!!"), "Syntax Error: Expected <EOF>, found \"!\".", 1, 8);
    }

    [Fact]
    public void Parses_multi_byte_characters_with_byte_offsets_and_code_point_columns()
    {
        const string source = "# This comment has a \u0A0A multi-byte character.\n{ field(arg: \"Has a \u0A0A multi-byte character.\") }";
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections[0];
        var value = Assert.IsType<StringValueNode>(Assert.Single(field.Arguments).Value);
        Assert.Equal("Has a \u0A0A multi-byte character.", value.Value);
        Assert.Equal(new Location(60, 93, 2, 14), value.Location);

        var emoji = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ a(s: \"\U0001F600\") b }").Definitions[0]).SelectionSet.Selections[1];
        Assert.Equal(new Location(15, 16, 1, 13), emoji.Location);
    }

    [Fact]
    public void Parses_utf8_bytes_directly()
    {
        var document = Parser.Parse("{ a(s: \"\u00E9\\u00E9\\u{1F600}\") }"u8);
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var value = Assert.IsType<StringValueNode>(Assert.Single(field.Arguments).Value);
        Assert.Equal("\u00E9\u00E9\U0001F600", value.Value);
        Assert.Equal(new Location(7, 26, 1, 8), value.Location);
    }

    [Fact]
    public void Name_strings_are_reused_across_parses()
    {
        var first = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ someField }").Definitions[0]).SelectionSet.Selections[0];
        var second = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ someField }").Definitions[0]).SelectionSet.Selections[0];
        Assert.Same(first.Name.Value, second.Name.Value);
    }

    [Fact]
    public void Limits_the_number_of_tokens()
    {
        Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 3 });
        Error(
            () => Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 2 }),
            "Syntax Error: Document contains more than 2 tokens. Parsing aborted.",
            1,
            7,
            ErrorCodes.MaxTokensExceeded);

        // Comments and other ignored tokens do not count.
        Parser.Parse("# comment\n{ foo(bar: \"baz\") }, ,", new ParserOptions { MaxTokens = 8 });
        Error(
            () => Parser.Parse("{ foo(bar: \"baz\") }", new ParserOptions { MaxTokens = 7 }),
            "Syntax Error: Document contains more than 7 tokens. Parsing aborted.",
            1,
            19,
            ErrorCodes.MaxTokensExceeded);

        var large = "{ " + string.Concat(Enumerable.Repeat("a ", 15000)) + "}";
        Error(() => Parser.Parse(large), "Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", 1, 30001, ErrorCodes.MaxTokensExceeded);
        Assert.Single(Parser.Parse(large, ParserOptions.Unbounded).Definitions);
    }

    [Fact]
    public void Limits_nesting_so_hostile_documents_cannot_exhaust_the_stack()
    {
        var options = new ParserOptions { MaxNesting = 3 };
        Parser.Parse("{ a { b { c } } }", options);
        Parser.Parse("{ a(x: [[{ y: 1 }]]) }", new ParserOptions { MaxNesting = 4 });
        Error(
            () => Parser.Parse("{ a { b { c { d } } } }", options),
            "Syntax Error: Document nesting exceeds 3 levels. Parsing aborted.",
            1,
            13,
            ErrorCodes.NestingTooDeep);
        Error(
            () => Parser.Parse("{ a(x: [[[1]]]) }", options),
            "Syntax Error: Document nesting exceeds 3 levels. Parsing aborted.",
            1,
            10,
            ErrorCodes.NestingTooDeep);
        Error(
            () => Parser.Parse("query ($v: [[[[Int]]]]) { a }", options),
            "Syntax Error: Document nesting exceeds 3 levels. Parsing aborted.",
            1,
            15,
            ErrorCodes.NestingTooDeep);

        // Far deeper than any real query, still well within the stack: refused by the default limit.
        var hostile = "{ a(x: " + new string('[', 5000) + new string(']', 5000) + ") }";
        Error(() => Parser.Parse(hostile), "Syntax Error: Document nesting exceeds 128 levels. Parsing aborted.", 1, 135, ErrorCodes.NestingTooDeep);
    }

    [Fact]
    public void Limits_the_document_size_in_bytes()
    {
        var options = new ParserOptions { MaxDocumentBytes = 10 };
        Parser.Parse("{ abcdefg}", options);
        Parser.Parse("{ abcdefg}"u8, options);

        // 7 characters but 12 bytes.
        foreach (var action in new Action[] { () => Parser.Parse("\"\u00E9\u00E9\u00E9\u00E9\u00E9\"", options), () => Parser.Parse("{ abcdefgh}", options), () => Parser.Parse("{ abcdefgh}"u8.ToArray(), options) })
        {
            var exception = Assert.Throws<GraphQLException>(action);
            var error = Assert.Single(exception.Errors);
            Assert.Equal("Document exceeds the maximum size of 10 bytes. Parsing aborted.", error.Message);
            Assert.Equal(ErrorCodes.DocumentTooLarge, error.Code);
            Assert.Null(error.Locations);
        }
    }

    [Fact]
    public void Parses_the_string_and_byte_overloads_identically()
    {
        const string source = "query Q($v: Int = 3) { a(b: \"\u00E9\\n\") ...F }\nfragment F on T { c }";
        Assert.Equal(AstPrinter.Print(Parser.Parse(source)), AstPrinter.Print(Parser.Parse(Encoding.UTF8.GetBytes(source))));
        Assert.Equal(
            Parser.Parse(source).Definitions[1].Location,
            Parser.Parse(Encoding.UTF8.GetBytes(source)).Definitions[1].Location);
    }
}
