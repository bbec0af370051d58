using System.Buffers;
using System.Text;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the whole GraphQL language (spec 2 and 3), reading UTF-8 directly and
/// allocating only the AST. Every node carries its <see cref="Location"/>; errors are raised as
/// <see cref="GraphQLException"/> with the messages graphql-js uses.
/// </summary>
public ref struct Parser
{
    // Lists are collected on one shared stack and copied out into exactly sized arrays, so building the AST
    // allocates no intermediate lists; nesting works because inner lists finish before outer ones.
    [ThreadStatic]
    private static SyntaxNode[]? t_stack;

    private Lexer _lexer;
    private readonly int _maxTokens;
    private readonly int _maxNesting;
    private int _nesting;
    private readonly string?[] _names;
    private int _tokenCount;
    private int _lastEnd;
    private SyntaxNode[] _stack;
    private int _stackCount;

    private Parser(ReadOnlySpan<byte> utf8Source, ParserOptions options)
    {
        _lexer = new Lexer(utf8Source);
        _maxTokens = options.MaxTokens ?? int.MaxValue;
        _maxNesting = options.MaxNesting ?? int.MaxValue;
        _names = NameCache.ForCurrentThread;
        _stack = t_stack ?? new SyntaxNode[64];
        t_stack = null;
    }

    private delegate T ItemParser<out T>(ref Parser parser);

    private enum Goal
    {
        Document,
        Value,
        ConstValue,
        Type,
    }

    /// <summary>Parses a document; Location offsets are byte offsets into <paramref name="utf8Source"/>.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null) =>
        (DocumentNode)Run(utf8Source, options, Goal.Document);

    /// <summary>Parses a document; Location offsets are byte offsets into the UTF-8 encoding of <paramref name="source"/>.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        (DocumentNode)Run(source, options, Goal.Document);

    /// <summary>Parses a single value, which may contain variables (graphql-js <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        (ValueNode)Run(source, options, Goal.Value);

    /// <summary>Parses a single constant value; variables are syntax errors (graphql-js <c>parseConstValue</c>).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        (ValueNode)Run(source, options, Goal.ConstValue);

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js <c>parseType</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        (TypeNode)Run(source, options, Goal.Type);

    private static SyntaxNode Run(string source, ParserOptions? options, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;

        // A char never encodes to fewer than one byte, so an over-long string needs no encoding to be refused.
        if (source.Length > options.MaxDocumentBytes)
        {
            throw DocumentTooLarge(options.MaxDocumentBytes.Value);
        }

        var byteCount = Encoding.UTF8.GetByteCount(source);
        var rented = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var length = Utf8Text.EncodeWithLoneSurrogates(source, rented);
            return Run(rented.AsSpan(0, length), options, goal);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static SyntaxNode Run(ReadOnlySpan<byte> utf8Source, ParserOptions? options, Goal goal)
    {
        options ??= ParserOptions.Default;
        if (utf8Source.Length > options.MaxDocumentBytes)
        {
            throw DocumentTooLarge(options.MaxDocumentBytes.Value);
        }

        var parser = new Parser(utf8Source, options);
        try
        {
            if (goal == Goal.Document)
            {
                return parser.ParseDocument();
            }

            parser.ExpectToken(TokenKind.StartOfFile);
            SyntaxNode result = goal switch
            {
                Goal.Value => parser.ParseValueLiteral(isConst: false),
                Goal.ConstValue => parser.ParseValueLiteral(isConst: true),
                _ => parser.ParseTypeReference(),
            };
            parser.ExpectToken(TokenKind.EndOfFile);
            return result;
        }
        finally
        {
            parser.ReleaseStack();
        }
    }

    private static GraphQLException DocumentTooLarge(int maxBytes) =>
        new($"Document exceeds the maximum size of {maxBytes} bytes. Parsing aborted.", ErrorCodes.DocumentTooLarge);

    // Document (spec 2.2)

    private DocumentNode ParseDocument()
    {
        var definitions = Many(TokenKind.StartOfFile, static (ref p) => p.ParseDefinition(), TokenKind.EndOfFile);
        return new DocumentNode(definitions) { Location = new Location(0, _lastEnd, 1, 1) };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description, so the keyword may be one token further.
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceLeft)
        {
            throw Error(_lexer.Token, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            var text = _lexer.TextOf(keyword);
            if (text.SequenceEqual("schema"u8)) { return ParseSchemaDefinition(); }
            if (text.SequenceEqual("scalar"u8)) { return ParseScalarTypeDefinition(); }
            if (text.SequenceEqual("type"u8)) { return ParseObjectTypeDefinition(); }
            if (text.SequenceEqual("interface"u8)) { return ParseInterfaceTypeDefinition(); }
            if (text.SequenceEqual("union"u8)) { return ParseUnionTypeDefinition(); }
            if (text.SequenceEqual("enum"u8)) { return ParseEnumTypeDefinition(); }
            if (text.SequenceEqual("input"u8)) { return ParseInputObjectTypeDefinition(); }
            if (text.SequenceEqual("directive"u8)) { return ParseDirectiveDefinition(); }
            if (IsOperationType(text)) { return ParseOperationDefinition(); }
            if (text.SequenceEqual("fragment"u8)) { return ParseFragmentDefinition(); }
            if (hasDescription)
            {
                throw Error(_lexer.Token, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (text.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // Operations (spec 2.3)

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceLeft))
        {
            var shorthandSelections = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthandSelections) { Location = Loc(start) };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenLeft, static (ref p) => p.ParseVariableDefinition(), TokenKind.ParenRight);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        var text = _lexer.TextOf(token);
        if (text.SequenceEqual("query"u8)) { return OperationType.Query; }
        if (text.SequenceEqual("mutation"u8)) { return OperationType.Mutation; }
        if (text.SequenceEqual("subscription"u8)) { return OperationType.Subscription; }
        throw Unexpected(token);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = Loc(start) };
    }

    // Selections (spec 2.4 - 2.8)

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        Nest(start);
        var selections = Many(TokenKind.BraceLeft, static (ref p) => p.ParseSelection(), TokenKind.BraceRight);
        _nesting--;
        return new SelectionSetNode(selections) { Location = Loc(start) };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
    }

    private ArgumentNode[] ParseArguments(bool isConst) => isConst
        ? OptionalMany(TokenKind.ParenLeft, static (ref p) => p.ParseArgument(isConst: true), TokenKind.ParenRight)
        : OptionalMany(TokenKind.ParenLeft, static (ref p) => p.ParseArgument(isConst: false), TokenKind.ParenRight);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value) { Location = Loc(start) };
    }

    /// <summary>A fragment spread (<c>...Name</c>) or an inline fragment (<c>... on Type { }</c> / <c>... { }</c>).</summary>
    private SelectionNode ParseFragment()
    {
        var start = ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = Loc(start) };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    /// <summary>FragmentName: any Name but <c>on</c>.</summary>
    private NameNode ParseFragmentName()
    {
        if (TokenValueIs(_lexer.Token, "on"u8))
        {
            throw Unexpected(_lexer.Token);
        }

        return ParseName();
    }

    // Values (spec 2.9, 2.10)

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode(Intern(_lexer.TextOf(token))) { Location = Loc(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode(Intern(_lexer.TextOf(token))) { Location = Loc(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return ParseNameValue(token);
            case TokenKind.Dollar when isConst:
                AdvanceLexer();
                if (_lexer.Token.Kind == TokenKind.Name)
                {
                    var variableName = Encoding.ASCII.GetString(_lexer.TextOf(_lexer.Token));
                    throw Error(token, $"Unexpected variable \"${variableName}\" in constant value.");
                }

                throw Unexpected(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private ValueNode ParseNameValue(in Token token)
    {
        var text = _lexer.TextOf(token);
        if (text.SequenceEqual("true"u8)) { return new BooleanValueNode(true) { Location = Loc(token) }; }
        if (text.SequenceEqual("false"u8)) { return new BooleanValueNode(false) { Location = Loc(token) }; }
        if (text.SequenceEqual("null"u8)) { return new NullValueNode { Location = Loc(token) }; }
        return new EnumValueNode(Intern(text)) { Location = Loc(token) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        Nest(_lexer.Token);
        var start = ExpectToken(TokenKind.BracketLeft);
        var mark = _stackCount;
        while (!ExpectOptionalToken(TokenKind.BracketRight))
        {
            Push(ParseValueLiteral(isConst));
        }

        _nesting--;

        return new ListValueNode(PopFrom<ValueNode>(mark)) { Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        Nest(_lexer.Token);
        var start = ExpectToken(TokenKind.BraceLeft);
        var mark = _stackCount;
        while (!ExpectOptionalToken(TokenKind.BraceRight))
        {
            var fieldStart = _lexer.Token;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            Push(new ObjectFieldNode(name, value) { Location = Loc(fieldStart) });
        }

        _nesting--;

        return new ObjectValueNode(PopFrom<ObjectFieldNode>(mark)) { Location = Loc(start) };
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        AdvanceLexer();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    // Directives (spec 2.12)

    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var mark = _stackCount;
        do
        {
            var start = ExpectToken(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            Push(new DirectiveNode(name, arguments) { Location = Loc(start) });
        }
        while (Peek(TokenKind.At));

        return PopFrom<DirectiveNode>(mark);
    }

    // Type references (spec 2.11)

    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketLeft))
        {
            Nest(start);
            var itemType = ParseTypeReference();
            _nesting--;
            ExpectToken(TokenKind.BracketRight);
            type = new ListTypeNode(itemType) { Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = Loc(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        var name = ParseName();
        return new NamedTypeNode(name) { Location = Loc(start) };
    }

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(Intern(_lexer.TextOf(token))) { Location = Loc(token) };
    }

    // Type system (spec 3)

    private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceLeft, static (ref p) => p.ParseOperationTypeDefinition(), TokenKind.BraceRight);
        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = Loc(start) };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Token;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type) { Location = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives) { Location = Loc(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    private NamedTypeNode[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements"u8) ? DelimitedMany(TokenKind.Ampersand) : [];

    private FieldDefinitionNode[] ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, static (ref p) => p.ParseFieldDefinition(), TokenKind.BraceRight);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives) { Location = Loc(start) };
    }

    private InputValueDefinitionNode[] ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenLeft, static (ref p) => p.ParseInputValueDefinition(), TokenKind.ParenRight);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = Loc(start) };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = Loc(start) };
    }

    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = Loc(start) };
    }

    private EnumValueDefinitionNode[] ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceLeft, static (ref p) => p.ParseEnumValueDefinition(), TokenKind.BraceRight);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        if (TokenValueIs(_lexer.Token, "true"u8) || TokenValueIs(_lexer.Token, "false"u8) || TokenValueIs(_lexer.Token, "null"u8))
        {
            throw Error(_lexer.Token, $"{Describe(_lexer.Token)} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives) { Location = Loc(start) };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = Loc(start) };
    }

    private InputValueDefinitionNode[] ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, static (ref p) => p.ParseInputValueDefinition(), TokenKind.BraceRight);

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive"u8);
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = Loc(start) };
    }

    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptionalToken(TokenKind.Pipe);
        var mark = _stackCount;
        do
        {
            var start = _lexer.Token;
            var name = ParseName();
            if (!DirectiveLocationNames.TryParse(name.Value, out _))
            {
                throw Unexpected(start);
            }

            Push(name);
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return PopFrom<NameNode>(mark);
    }

    // Type system extensions (spec 3.2.2, 3.4.3 and the per-kind extension sections)

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            var text = _lexer.TextOf(keyword);
            if (text.SequenceEqual("schema"u8)) { return ParseSchemaExtension(); }
            if (text.SequenceEqual("scalar"u8)) { return ParseScalarTypeExtension(); }
            if (text.SequenceEqual("type"u8)) { return ParseObjectTypeExtension(); }
            if (text.SequenceEqual("interface"u8)) { return ParseInterfaceTypeExtension(); }
            if (text.SequenceEqual("union"u8)) { return ParseUnionTypeExtension(); }
            if (text.SequenceEqual("enum"u8)) { return ParseEnumTypeExtension(); }
            if (text.SequenceEqual("input"u8)) { return ParseInputObjectTypeExtension(); }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = ExpectExtend("schema"u8);
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceLeft, static (ref p) => p.ParseOperationTypeDefinition(), TokenKind.BraceRight);
        RequireExtensionContent(directives.Length + operationTypes.Length);
        return new SchemaExtensionNode(directives, operationTypes) { Location = Loc(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = ExpectExtend("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        RequireExtensionContent(directives.Length);
        return new ScalarTypeExtensionNode(name, directives) { Location = Loc(start) };
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = ExpectExtend("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireExtensionContent(interfaces.Length + directives.Length + fields.Length);
        return new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = ExpectExtend("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireExtensionContent(interfaces.Length + directives.Length + fields.Length);
        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = ExpectExtend("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        RequireExtensionContent(directives.Length + types.Length);
        return new UnionTypeExtensionNode(name, directives, types) { Location = Loc(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = ExpectExtend("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        RequireExtensionContent(directives.Length + values.Length);
        return new EnumTypeExtensionNode(name, directives, values) { Location = Loc(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = ExpectExtend("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        RequireExtensionContent(directives.Length + fields.Length);
        return new InputObjectTypeExtensionNode(name, directives, fields) { Location = Loc(start) };
    }

    private Token ExpectExtend(ReadOnlySpan<byte> kind)
    {
        var start = _lexer.Token;
        ExpectKeyword("extend"u8);
        ExpectKeyword(kind);
        return start;
    }

    /// <summary>An extension must add something; graphql-js reports the token where content was expected.</summary>
    private readonly void RequireExtensionContent(int parts)
    {
        if (parts == 0)
        {
            throw Unexpected(_lexer.Token);
        }
    }

    // Token helpers, after graphql-js's parser utilities

    private readonly bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private void AdvanceLexer()
    {
        _lastEnd = _lexer.Token.End;
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw SyntaxError.Create(
                $"Document contains more than {_maxTokens} tokens. Parsing aborted.",
                new SourceLocation(token.Line, token.Column),
                ErrorCodes.MaxTokensExceeded);
        }
    }

    /// <summary>
    /// Enters one level of selection set, list, object or list type; the limit keeps hostile documents from
    /// exhausting the stack here and in every later recursive pass over the AST.
    /// </summary>
    private void Nest(in Token token)
    {
        if (++_nesting > _maxNesting)
        {
            throw SyntaxError.Create(
                $"Document nesting exceeds {_maxNesting} levels. Parsing aborted.",
                new SourceLocation(token.Line, token.Column),
                ErrorCodes.NestingTooDeep);
        }
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw Error(token, $"Expected {kind.Describe()}, found {Describe(token)}.");
        }

        AdvanceLexer();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        AdvanceLexer();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!ExpectOptionalKeyword(keyword))
        {
            throw Error(_lexer.Token, $"Expected \"{Encoding.ASCII.GetString(keyword)}\", found {Describe(_lexer.Token)}.");
        }
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || !_lexer.TextOf(token).SequenceEqual(keyword))
        {
            return false;
        }

        AdvanceLexer();
        return true;
    }

    /// <summary>graphql-js compares a token's value whatever its kind, so a string "on" counts too.</summary>
    private readonly bool TokenValueIs(in Token token, ReadOnlySpan<byte> value) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => _lexer.TextOf(token).SequenceEqual(value),
        TokenKind.String or TokenKind.BlockString => Ascii.Equals(value, token.Value!),
        _ => false,
    };

    private static bool IsOperationType(ReadOnlySpan<byte> text) =>
        text.SequenceEqual("query"u8) || text.SequenceEqual("mutation"u8) || text.SequenceEqual("subscription"u8);

    /// <summary>One or more items between <paramref name="open"/> and <paramref name="close"/>.</summary>
    private T[] Many<T>(TokenKind open, ItemParser<T> parseItem, TokenKind close)
        where T : SyntaxNode
    {
        ExpectToken(open);
        var mark = _stackCount;
        do
        {
            Push(parseItem(ref this));
        }
        while (!ExpectOptionalToken(close));

        return PopFrom<T>(mark);
    }

    /// <summary>Like <see cref="Many{T}"/>, but the whole group may be absent.</summary>
    private T[] OptionalMany<T>(TokenKind open, ItemParser<T> parseItem, TokenKind close)
        where T : SyntaxNode => Peek(open) ? Many(open, parseItem, close) : [];

    /// <summary>Named types separated by <paramref name="delimiter"/>, which may also lead.</summary>
    private NamedTypeNode[] DelimitedMany(TokenKind delimiter)
    {
        ExpectOptionalToken(delimiter);
        var mark = _stackCount;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptionalToken(delimiter));

        return PopFrom<NamedTypeNode>(mark);
    }

    private void Push(SyntaxNode node)
    {
        if (_stackCount == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_stackCount++] = node;
    }

    private T[] PopFrom<T>(int mark)
        where T : SyntaxNode
    {
        var items = new T[_stackCount - mark];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (T)_stack[mark + i];
        }

        Array.Clear(_stack, mark, items.Length);
        _stackCount = mark;
        return items;
    }

    private void ReleaseStack()
    {
        // After an error the stack still holds nodes; clear them so the pooled array does not keep them alive.
        Array.Clear(_stack, 0, _stackCount);
        _stackCount = 0;
        t_stack = _stack;
    }

    private readonly string Intern(ReadOnlySpan<byte> ascii) => NameCache.Get(_names, ascii);

    private readonly Location Loc(in Token start) => new(start.Start, _lastEnd, start.Line, start.Column);

    private readonly string Describe(in Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float =>
            $"{token.Kind.Describe()} \"{Encoding.UTF8.GetString(_lexer.TextOf(token))}\"",
        TokenKind.String or TokenKind.BlockString => $"{token.Kind.Describe()} \"{token.Value}\"",
        _ => token.Kind.Describe(),
    };

    private readonly GraphQLException Unexpected(in Token token) => Error(token, $"Unexpected {Describe(token)}.");

    private static GraphQLException Error(in Token token, string description) =>
        SyntaxError.Create(description, new SourceLocation(token.Line, token.Column), ErrorCodes.ParseFailed);
}
