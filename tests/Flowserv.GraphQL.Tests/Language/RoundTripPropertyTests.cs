using FsCheck;
using FsCheck.Fluent;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Tests.Language;

/// <summary>
/// Properties over generated ASTs: printing is a fixed point of parse-then-print, so the printer only emits what
/// the parser reads back to the same tree, for every construct and awkward string content.
/// </summary>
public class RoundTripPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(400).WithEndSize(6);

    private static readonly string[] AnyNames = ["a", "b2", "_c", "Foo", "on", "query", "type", "true", "null", "fragment", "extend", "repeatable"];

    // Pieces strings are built from: quotes, escapes, control and C1 characters, line terminators, multi-byte
    // and astral characters, and block-string delimiters.
    private static readonly string[] StringPieces =
    [
        "a", "xyz", " ", "  ", "\t", "\"", "\\", "/", "\n", "\r", "\r\n", "\u0000", "\u0008", "\u001F", "\u007F", "\u0085",
        "\u00E9", "\u2028", "\U0001F600", "\"\"\"", "\\\"\"\"", "#", "{", "}",
    ];

    private static readonly string[] DirectiveLocationNames =
        ["QUERY", "FIELD", "FRAGMENT_SPREAD", "OBJECT", "ENUM_VALUE", "INPUT_FIELD_DEFINITION", "VARIABLE_DEFINITION"];

    [Fact]
    public void Printing_parsed_values_is_stable()
    {
        var values = Arb.From(Gen.Sized(size => Value(Math.Min(size, 4), isConst: false)));
        Check.One(Config, Prop.ForAll(values, value => AssertStable(AstPrinter.Print(value), s => Parser.ParseValue(s))));
    }

    [Fact]
    public void Printing_parsed_executable_documents_is_stable()
    {
        var documents = Arb.From(Gen.Sized(size => ExecutableDocument(Math.Min(size, 4))));
        Check.One(Config, Prop.ForAll(documents, document => AssertStable(AstPrinter.Print(document), s => Parser.Parse(s, ParserOptions.Unbounded))));
    }

    [Fact]
    public void Printing_parsed_type_system_documents_is_stable()
    {
        var documents = Arb.From(Gen.Sized(size => TypeSystemDocument(Math.Min(size, 4))));
        Check.One(Config, Prop.ForAll(documents, document => AssertStable(AstPrinter.Print(document), s => Parser.Parse(s, ParserOptions.Unbounded))));
    }

    [Fact]
    public void Printed_strings_read_back_to_the_same_value()
    {
        var strings = Arb.From(StringContent());
        Check.One(Config, Prop.ForAll(strings, value =>
        {
            Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(AstPrinter.PrintString(value))).Value);
            if (BlockString.IsPrintable(value))
            {
                Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(BlockString.Print(value))).Value);
            }
        }));
    }

    private static void AssertStable(string printed, Func<string, SyntaxNode> parse)
    {
        var reprinted = AstPrinter.Print(parse(printed));
        Assert.Equal(printed, reprinted);
        Assert.Equal(reprinted, AstPrinter.Print(parse(reprinted)));
    }

    // Leaves

    private static Gen<NameNode> Name(params string[] excluded) =>
        Gen.Elements(AnyNames.Where(n => !excluded.Contains(n)).ToArray()).Select(n => new NameNode(n));

    private static Gen<string> StringContent() =>
        Gen.Choose(0, 6).SelectMany(count => Gen.ArrayOf(Gen.Elements(StringPieces), count)).Select(string.Concat);

    private static Gen<StringValueNode> StringValue() =>
        from value in StringContent()
        from preferBlock in Gen.Elements(true, false)
        select new StringValueNode(value, preferBlock && BlockString.IsPrintable(value));

    private static Gen<StringValueNode?> Description() =>
        Gen.Frequency((2, Gen.Constant<StringValueNode?>(null)), (1, StringValue().Select(s => (StringValueNode?)s)));

    private static Gen<ValueNode> Scalar(bool isConst)
    {
        var scalars = new List<Gen<ValueNode>>
        {
            Gen.Choose(-1000, 1000).Select(i => (ValueNode)new IntValueNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Gen.Elements("1.5", "-0.0", "1e10", "2.5E-3", "0.0001").Select(f => (ValueNode)new FloatValueNode(f)),
            StringValue().Select(s => (ValueNode)s),
            Gen.Elements(true, false).Select(b => (ValueNode)new BooleanValueNode(b)),
            Gen.Constant((ValueNode)new NullValueNode()),
            Name("true", "false", "null").Select(n => (ValueNode)new EnumValueNode(n.Value)),
        };
        if (!isConst)
        {
            scalars.Add(Name().Select(n => (ValueNode)new VariableNode(n)));
        }

        return Gen.OneOf(scalars);
    }

    private static Gen<ValueNode> Value(int depth, bool isConst)
    {
        if (depth <= 0)
        {
            return Scalar(isConst);
        }

        var item = Value(depth - 1, isConst);
        var list = Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(item, n)).Select(values => (ValueNode)new ListValueNode(values));
        var field = Name().SelectMany(name => item.Select(value => new ObjectFieldNode(name, value)));
        var obj = Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(field, n)).Select(fields => (ValueNode)new ObjectValueNode(fields));
        return Gen.Frequency((3, Scalar(isConst)), (1, list), (1, obj));
    }

    private static Gen<T[]> Some<T>(Gen<T> item, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(item, n));

    private static Gen<ArgumentNode[]> Arguments(bool isConst) =>
        Some(Name().SelectMany(name => Value(2, isConst).Select(value => new ArgumentNode(name, value))), 0, 3);

    private static Gen<DirectiveNode[]> Directives(bool isConst, int min = 0) =>
        Some(Name().SelectMany(name => Arguments(isConst).Select(arguments => new DirectiveNode(name, arguments))), min, 2);

    private static Gen<TypeNode> TypeReference(int depth)
    {
        var named = Name().Select(n => (TypeNode)new NamedTypeNode(n));
        if (depth <= 0)
        {
            return named;
        }

        var inner = TypeReference(depth - 1);
        return Gen.Frequency(
            (3, named),
            (1, inner.Select(t => (TypeNode)new ListTypeNode(t))),
            (1, inner.Where(t => t is not NonNullTypeNode).Select(t => (TypeNode)new NonNullTypeNode(t))));
    }

    private static Gen<NamedTypeNode> NamedType() => Name().Select(n => new NamedTypeNode(n));

    // Executable documents

    private static Gen<SelectionSetNode> SelectionSet(int depth) =>
        Some(Selection(depth), 1, 3).Select(selections => new SelectionSetNode(selections));

    private static Gen<SelectionNode> Selection(int depth)
    {
        var leafField =
            from alias in Gen.OneOf(Gen.Constant<NameNode?>(null), Name().Select(n => (NameNode?)n))
            from name in Name()
            from arguments in Arguments(isConst: false)
            from directives in Directives(isConst: false)
            select (SelectionNode)new FieldNode(alias, name, arguments, directives, null);
        var spread =
            from name in Name("on")
            from directives in Directives(isConst: false)
            select (SelectionNode)new FragmentSpreadNode(name, directives);
        if (depth <= 0)
        {
            return Gen.Frequency((4, leafField), (1, spread));
        }

        var children = SelectionSet(depth - 1);
        var parentField =
            from field in leafField
            from selectionSet in children
            select (SelectionNode)((FieldNode)field with { SelectionSet = selectionSet });
        var inline =
            from typeCondition in Gen.OneOf(Gen.Constant<NamedTypeNode?>(null), NamedType().Select(t => (NamedTypeNode?)t))
            from directives in Directives(isConst: false)
            from selectionSet in children
            select (SelectionNode)new InlineFragmentNode(typeCondition, directives, selectionSet);
        return Gen.Frequency((3, leafField), (2, parentField), (1, spread), (1, inline));
    }

    private static Gen<VariableDefinitionNode> VariableDefinition() =>
        from description in Description()
        from name in Name()
        from type in TypeReference(2)
        from defaultValue in Gen.OneOf(Gen.Constant<ValueNode?>(null), Value(2, isConst: true).Select(v => (ValueNode?)v))
        from directives in Directives(isConst: true)
        select new VariableDefinitionNode(new VariableNode(name), type, defaultValue, directives) { Description = description };

    private static Gen<DefinitionNode> Operation(int depth) =>
        from operation in Gen.Elements(OperationType.Query, OperationType.Mutation, OperationType.Subscription)
        from description in Description()
        from name in Gen.OneOf(Gen.Constant<NameNode?>(null), Name().Select(n => (NameNode?)n))
        from variables in Some(VariableDefinition(), 0, 3)
        from directives in Directives(isConst: false)
        from selectionSet in SelectionSet(depth)
        select (DefinitionNode)new OperationDefinitionNode(operation, name, variables, directives, selectionSet) { Description = description };

    private static Gen<DefinitionNode> Fragment(int depth) =>
        from description in Description()
        from name in Name("on")
        from typeCondition in NamedType()
        from directives in Directives(isConst: false)
        from selectionSet in SelectionSet(depth)
        select (DefinitionNode)new FragmentDefinitionNode(name, typeCondition, directives, selectionSet) { Description = description };

    /// <summary>A query shorthand may only come first: after a body-less type definition its "{" would be read as that type's body.</summary>
    private static Gen<DocumentNode> ExecutableDocument(int depth) =>
        from shorthand in Gen.OneOf(
            Gen.Constant(Array.Empty<DefinitionNode>()),
            SelectionSet(depth).Select(s => new DefinitionNode[] { new OperationDefinitionNode(OperationType.Query, null, [], [], s) }))
        from rest in Some(Gen.OneOf(Operation(depth), Fragment(depth)), shorthand.Length == 0 ? 1 : 0, 3)
        select new DocumentNode([.. shorthand, .. rest]);

    // Type-system documents

    private static Gen<InputValueDefinitionNode> InputValueDefinition() =>
        from description in Description()
        from name in Name()
        from type in TypeReference(2)
        from defaultValue in Gen.OneOf(Gen.Constant<ValueNode?>(null), Value(2, isConst: true).Select(v => (ValueNode?)v))
        from directives in Directives(isConst: true)
        select new InputValueDefinitionNode(description, name, type, defaultValue, directives);

    private static Gen<FieldDefinitionNode> FieldDefinition() =>
        from description in Description()
        from name in Name()
        from arguments in Some(InputValueDefinition(), 0, 3)
        from type in TypeReference(2)
        from directives in Directives(isConst: true)
        select new FieldDefinitionNode(description, name, arguments, type, directives);

    private static Gen<EnumValueDefinitionNode> EnumValueDefinition() =>
        from description in Description()
        from name in Name("true", "false", "null")
        from directives in Directives(isConst: true)
        select new EnumValueDefinitionNode(description, name, directives);

    private static Gen<OperationTypeDefinitionNode> OperationTypeDefinition() =>
        from operation in Gen.Elements(OperationType.Query, OperationType.Mutation, OperationType.Subscription)
        from type in NamedType()
        select new OperationTypeDefinitionNode(operation, type);

    private static Gen<DefinitionNode> TypeSystemDefinition() => Gen.OneOf(
        from description in Description()
        from directives in Directives(isConst: true)
        from operationTypes in Some(OperationTypeDefinition(), 1, 3)
        select (DefinitionNode)new SchemaDefinitionNode(description, directives, operationTypes),
        from description in Description()
        from name in Name()
        from directives in Directives(isConst: true)
        select (DefinitionNode)new ScalarTypeDefinitionNode(description, name, directives),
        from description in Description()
        from name in Name()
        from interfaces in Some(NamedType(), 0, 2)
        from directives in Directives(isConst: true)
        from fields in Some(FieldDefinition(), 0, 3)
        from isInterface in Gen.Elements(true, false)
        select isInterface
            ? (DefinitionNode)new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields)
            : new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields),
        from description in Description()
        from name in Name()
        from directives in Directives(isConst: true)
        from types in Some(NamedType(), 0, 3)
        select (DefinitionNode)new UnionTypeDefinitionNode(description, name, directives, types),
        from description in Description()
        from name in Name()
        from directives in Directives(isConst: true)
        from values in Some(EnumValueDefinition(), 0, 3)
        select (DefinitionNode)new EnumTypeDefinitionNode(description, name, directives, values),
        from description in Description()
        from name in Name()
        from directives in Directives(isConst: true)
        from fields in Some(InputValueDefinition(), 0, 3)
        select (DefinitionNode)new InputObjectTypeDefinitionNode(description, name, directives, fields),
        from description in Description()
        from name in Name()
        from arguments in Some(InputValueDefinition(), 0, 2)
        from repeatable in Gen.Elements(true, false)
        from locations in Some(Gen.Elements(DirectiveLocationNames).Select(l => new NameNode(l)), 1, 3)
        select (DefinitionNode)new DirectiveDefinitionNode(description, name, arguments, repeatable, locations));

    /// <summary>Extensions carry at least one directive, since an extension that adds nothing is a syntax error.</summary>
    private static Gen<DefinitionNode> TypeSystemExtension() => Gen.OneOf(
        from directives in Directives(isConst: true, min: 1)
        from operationTypes in Some(OperationTypeDefinition(), 0, 2)
        select (DefinitionNode)new SchemaExtensionNode(directives, operationTypes),
        from name in Name()
        from directives in Directives(isConst: true, min: 1)
        select (DefinitionNode)new ScalarTypeExtensionNode(name, directives),
        from name in Name()
        from interfaces in Some(NamedType(), 0, 2)
        from directives in Directives(isConst: true, min: 1)
        from fields in Some(FieldDefinition(), 0, 2)
        from isInterface in Gen.Elements(true, false)
        select isInterface
            ? (DefinitionNode)new InterfaceTypeExtensionNode(name, interfaces, directives, fields)
            : new ObjectTypeExtensionNode(name, interfaces, directives, fields),
        from name in Name()
        from directives in Directives(isConst: true, min: 1)
        from types in Some(NamedType(), 0, 2)
        select (DefinitionNode)new UnionTypeExtensionNode(name, directives, types),
        from name in Name()
        from directives in Directives(isConst: true, min: 1)
        from values in Some(EnumValueDefinition(), 0, 2)
        select (DefinitionNode)new EnumTypeExtensionNode(name, directives, values),
        from name in Name()
        from directives in Directives(isConst: true, min: 1)
        from fields in Some(InputValueDefinition(), 0, 2)
        select (DefinitionNode)new InputObjectTypeExtensionNode(name, directives, fields));

    private static Gen<DocumentNode> TypeSystemDocument(int depth) =>
        Some(Gen.Frequency((3, TypeSystemDefinition()), (1, TypeSystemExtension()), (1, Fragment(depth))), 1, 4)
            .Select(definitions => new DocumentNode(definitions));
}
