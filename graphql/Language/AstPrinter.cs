using System.Text;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL source, character for character like graphql-js 16's <c>print()</c>
/// (including the September 2025 descriptions on executable definitions), so printed documents, cache keys
/// and messages match the reference implementation.
/// </summary>
/// <remarks>
/// graphql-js builds the output from nested strings, indenting a block by prefixing every line break inside
/// it. This printer writes into one buffer instead and indents each line break as it is written, which yields
/// the same text, including inside block strings.
/// </remarks>
public static class AstPrinter
{
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new Writer(new StringBuilder());
        writer.Node(node);
        return writer.ToString();
    }

    /// <summary>Prints a string as a quoted GraphQL string literal, escaping like graphql-js's <c>printString</c>.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= ' ' and not '"' and not '\\' and (< '\u007F' or > '\u009F'))
            {
                continue;
            }

            builder.Append(value, start, i - start);
            start = i + 1;
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\b' => builder.Append("\\b"),
                '\t' => builder.Append("\\t"),
                '\n' => builder.Append("\\n"),
                '\f' => builder.Append("\\f"),
                '\r' => builder.Append("\\r"),
                _ => builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
            };
        }

        builder.Append(value, start, value.Length - start).Append('"');
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private struct Writer(StringBuilder output)
    {
        // graphql-js breaks a field's arguments onto separate lines once the one-line form exceeds this.
        private const int MaxLineLength = 80;

        private int _indent;

        // Spaces added after line breaks so far: graphql-js measures a line before its enclosing blocks
        // indent it, so indentation is subtracted when measuring.
        private int _indentationWritten;
        private int _lineBreaks;

        public override readonly string ToString() => output.ToString();

        public void Node(SyntaxNode node)
        {
            switch (node)
            {
                case NameNode name: output.Append(name.Value); break;
                case DocumentNode document: Document(document); break;
                case OperationDefinitionNode operation: Operation(operation); break;
                case VariableDefinitionNode variable: VariableDefinition(variable); break;
                case SelectionSetNode selectionSet: Block(selectionSet.Selections); break;
                case FieldNode field: Field(field); break;
                case ArgumentNode argument: NameAndValue(argument.Name, argument.Value); break;
                case FragmentSpreadNode spread: FragmentSpread(spread); break;
                case InlineFragmentNode inline: InlineFragment(inline); break;
                case FragmentDefinitionNode fragment: FragmentDefinition(fragment); break;
                case ValueNode value: Value(value); break;
                case ObjectFieldNode field: NameAndValue(field.Name, field.Value); break;
                case DirectiveNode directive: Directive(directive); break;
                case TypeNode type: Type(type); break;
                case OperationTypeDefinitionNode operationType:
                    output.Append(OperationName(operationType.Operation)).Append(": ").Append(operationType.Type.Name.Value);
                    break;
                case FieldDefinitionNode field: FieldDefinition(field); break;
                case InputValueDefinitionNode input: InputValueDefinition(input); break;
                case EnumValueDefinitionNode enumValue: EnumValueDefinition(enumValue); break;
                case TypeSystemDefinitionNode definition: TypeSystemDefinition(definition); break;
                case TypeSystemExtensionNode extension: TypeSystemExtension(extension); break;
                default: throw new ArgumentException($"Unknown AST node {node.GetType().Name}.", nameof(node));
            }
        }

        private void Document(DocumentNode document)
        {
            for (var i = 0; i < document.Definitions.Count; i++)
            {
                if (i > 0)
                {
                    LineBreak();
                    LineBreak();
                }

                Node(document.Definitions[i]);
            }
        }

        // Executable definitions

        private void Operation(OperationDefinitionNode operation)
        {
            // An anonymous query without description, variables or directives prints as the query shorthand.
            if (operation is { Description: null, Operation: OperationType.Query, Name: null, VariableDefinitions.Count: 0, Directives.Count: 0 })
            {
                Block(operation.SelectionSet.Selections);
                return;
            }

            Description(operation.Description);
            output.Append(OperationName(operation.Operation));
            if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
            {
                output.Append(' ');
                if (operation.Name is not null)
                {
                    output.Append(operation.Name.Value);
                }

                VariableDefinitions(operation.VariableDefinitions);
            }

            SpaceThenDirectives(operation.Directives);
            output.Append(' ');
            Block(operation.SelectionSet.Selections);
        }

        /// <summary>One line, unless a definition spans lines (a description): then one per line, not indented.</summary>
        private void VariableDefinitions(IReadOnlyList<VariableDefinitionNode> definitions)
        {
            if (definitions.Count == 0)
            {
                return;
            }

            var start = Mark();
            output.Append('(');
            List(definitions, ", ");
            output.Append(')');
            if (start.LineBreaks != _lineBreaks)
            {
                Rewind(start);
                output.Append('(');
                LineBreak();
                List(definitions, "\n");
                LineBreak();
                output.Append(')');
            }
        }

        private void VariableDefinition(VariableDefinitionNode variable)
        {
            Description(variable.Description);
            output.Append('$').Append(variable.Variable.Name.Value).Append(": ");
            Type(variable.Type);
            if (variable.DefaultValue is not null)
            {
                output.Append(" = ");
                Value(variable.DefaultValue);
            }

            SpaceThenDirectives(variable.Directives);
        }

        private void Field(FieldNode field)
        {
            var start = Mark();
            if (field.Alias is not null)
            {
                output.Append(field.Alias.Value).Append(": ");
            }

            output.Append(field.Name.Value);
            if (field.Arguments.Count > 0)
            {
                var arguments = Mark();
                output.Append('(');
                List(field.Arguments, ", ");
                output.Append(')');
                if (LengthSince(start) > MaxLineLength)
                {
                    Rewind(arguments);
                    IndentedArguments(field.Arguments);
                }
            }

            SpaceThenDirectives(field.Directives);
            if (field.SelectionSet is { Selections.Count: > 0 })
            {
                output.Append(' ');
                Block(field.SelectionSet.Selections);
            }
        }

        private void FragmentSpread(FragmentSpreadNode spread)
        {
            output.Append("...").Append(spread.Name.Value);
            SpaceThenDirectives(spread.Directives);
        }

        private void InlineFragment(InlineFragmentNode inline)
        {
            output.Append("...");
            if (inline.TypeCondition is not null)
            {
                output.Append(" on ").Append(inline.TypeCondition.Name.Value);
            }

            SpaceThenDirectives(inline.Directives);
            if (inline.SelectionSet.Selections.Count > 0)
            {
                output.Append(' ');
                Block(inline.SelectionSet.Selections);
            }
        }

        private void FragmentDefinition(FragmentDefinitionNode fragment)
        {
            Description(fragment.Description);
            output.Append("fragment ").Append(fragment.Name.Value).Append(" on ").Append(fragment.TypeCondition.Name.Value).Append(' ');
            if (fragment.Directives.Count > 0)
            {
                List(fragment.Directives, " ");
                output.Append(' ');
            }

            Block(fragment.SelectionSet.Selections);
        }

        private void Directive(DirectiveNode directive)
        {
            output.Append('@').Append(directive.Name.Value);
            if (directive.Arguments.Count > 0)
            {
                output.Append('(');
                List(directive.Arguments, ", ");
                output.Append(')');
            }
        }

        private void NameAndValue(NameNode name, ValueNode value)
        {
            output.Append(name.Value).Append(": ");
            Value(value);
        }

        // Values and types

        private void Value(ValueNode value)
        {
            switch (value)
            {
                case VariableNode variable: output.Append('$').Append(variable.Name.Value); break;
                case IntValueNode intValue: output.Append(intValue.Value); break;
                case FloatValueNode floatValue: output.Append(floatValue.Value); break;
                case StringValueNode { Block: true } blockString: Text(BlockString.Print(blockString.Value)); break;
                case StringValueNode stringValue: AppendString(output, stringValue.Value); break;
                case BooleanValueNode boolean: output.Append(boolean.Value ? "true" : "false"); break;
                case NullValueNode: output.Append("null"); break;
                case EnumValueNode enumValue: output.Append(enumValue.Value); break;
                case ListValueNode list:
                    output.Append('[');
                    List(list.Values, ", ");
                    output.Append(']');
                    break;
                case ObjectValueNode obj:
                    output.Append('{');
                    List(obj.Fields, ", ");
                    output.Append('}');
                    break;
                default: throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value));
            }
        }

        private void Type(TypeNode type)
        {
            switch (type)
            {
                case NamedTypeNode named:
                    output.Append(named.Name.Value);
                    break;
                case ListTypeNode list:
                    output.Append('[');
                    Type(list.Type);
                    output.Append(']');
                    break;
                case NonNullTypeNode nonNull:
                    Type(nonNull.Type);
                    output.Append('!');
                    break;
                default: throw new ArgumentException($"Unknown type node {type.GetType().Name}.", nameof(type));
            }
        }

        // Type-system definitions and extensions

        private void TypeSystemDefinition(TypeSystemDefinitionNode definition)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    Description(schema.Description);
                    output.Append("schema");
                    SpaceThenDirectives(schema.Directives);
                    SpaceThenBlock(schema.OperationTypes);
                    break;
                case ScalarTypeDefinitionNode scalar:
                    Description(scalar.Description);
                    Header("scalar", scalar.Name, scalar.Directives);
                    break;
                case ObjectTypeDefinitionNode obj:
                    Description(obj.Description);
                    FieldsContainer("type", obj.Name, obj.Interfaces, obj.Directives, obj.Fields);
                    break;
                case InterfaceTypeDefinitionNode iface:
                    Description(iface.Description);
                    FieldsContainer("interface", iface.Name, iface.Interfaces, iface.Directives, iface.Fields);
                    break;
                case UnionTypeDefinitionNode union:
                    Description(union.Description);
                    Union("union", union.Name, union.Directives, union.Types);
                    break;
                case EnumTypeDefinitionNode enumType:
                    Description(enumType.Description);
                    Header("enum", enumType.Name, enumType.Directives);
                    SpaceThenBlock(enumType.Values);
                    break;
                case InputObjectTypeDefinitionNode input:
                    Description(input.Description);
                    Header("input", input.Name, input.Directives);
                    SpaceThenBlock(input.Fields);
                    break;
                case DirectiveDefinitionNode directive:
                    Description(directive.Description);
                    output.Append("directive @").Append(directive.Name.Value);
                    ArgumentDefinitions(directive.Arguments);
                    output.Append(directive.Repeatable ? " repeatable on " : " on ");
                    List(directive.Locations, " | ");
                    break;
                default: throw new ArgumentException($"Unknown definition {definition.GetType().Name}.", nameof(definition));
            }
        }

        private void TypeSystemExtension(TypeSystemExtensionNode extension)
        {
            switch (extension)
            {
                case SchemaExtensionNode schema:
                    output.Append("extend schema");
                    SpaceThenDirectives(schema.Directives);
                    SpaceThenBlock(schema.OperationTypes);
                    break;
                case ScalarTypeExtensionNode scalar:
                    Header("extend scalar", scalar.Name, scalar.Directives);
                    break;
                case ObjectTypeExtensionNode obj:
                    FieldsContainer("extend type", obj.Name, obj.Interfaces, obj.Directives, obj.Fields);
                    break;
                case InterfaceTypeExtensionNode iface:
                    FieldsContainer("extend interface", iface.Name, iface.Interfaces, iface.Directives, iface.Fields);
                    break;
                case UnionTypeExtensionNode union:
                    Union("extend union", union.Name, union.Directives, union.Types);
                    break;
                case EnumTypeExtensionNode enumType:
                    Header("extend enum", enumType.Name, enumType.Directives);
                    SpaceThenBlock(enumType.Values);
                    break;
                case InputObjectTypeExtensionNode input:
                    Header("extend input", input.Name, input.Directives);
                    SpaceThenBlock(input.Fields);
                    break;
                default: throw new ArgumentException($"Unknown extension {extension.GetType().Name}.", nameof(extension));
            }
        }

        private void Header(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives)
        {
            output.Append(keyword).Append(' ').Append(name.Value);
            SpaceThenDirectives(directives);
        }

        private void FieldsContainer(
            string keyword,
            NameNode name,
            IReadOnlyList<NamedTypeNode> interfaces,
            IReadOnlyList<DirectiveNode> directives,
            IReadOnlyList<FieldDefinitionNode> fields)
        {
            output.Append(keyword).Append(' ').Append(name.Value);
            if (interfaces.Count > 0)
            {
                output.Append(" implements ");
                List(interfaces, " & ");
            }

            SpaceThenDirectives(directives);
            SpaceThenBlock(fields);
        }

        private void Union(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
        {
            Header(keyword, name, directives);
            if (types.Count > 0)
            {
                output.Append(" = ");
                List(types, " | ");
            }
        }

        private void FieldDefinition(FieldDefinitionNode field)
        {
            Description(field.Description);
            output.Append(field.Name.Value);
            ArgumentDefinitions(field.Arguments);
            output.Append(": ");
            Type(field.Type);
            SpaceThenDirectives(field.Directives);
        }

        /// <summary>One line, unless an argument spans lines (a description): then one per line, indented.</summary>
        private void ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            if (arguments.Count == 0)
            {
                return;
            }

            var start = Mark();
            output.Append('(');
            List(arguments, ", ");
            output.Append(')');
            if (start.LineBreaks != _lineBreaks)
            {
                Rewind(start);
                IndentedArguments(arguments);
            }
        }

        private void InputValueDefinition(InputValueDefinitionNode input)
        {
            Description(input.Description);
            output.Append(input.Name.Value).Append(": ");
            Type(input.Type);
            if (input.DefaultValue is not null)
            {
                output.Append(" = ");
                Value(input.DefaultValue);
            }

            SpaceThenDirectives(input.Directives);
        }

        private void EnumValueDefinition(EnumValueDefinitionNode enumValue)
        {
            Description(enumValue.Description);
            output.Append(enumValue.Name.Value);
            SpaceThenDirectives(enumValue.Directives);
        }

        // Layout

        private void Description(StringValueNode? description)
        {
            if (description is not null)
            {
                Value(description);
                LineBreak();
            }
        }

        private void SpaceThenDirectives(IReadOnlyList<DirectiveNode> directives)
        {
            if (directives.Count > 0)
            {
                output.Append(' ');
                List(directives, " ");
            }
        }

        private void SpaceThenBlock<T>(IReadOnlyList<T> nodes)
            where T : SyntaxNode
        {
            if (nodes.Count > 0)
            {
                output.Append(' ');
                Block(nodes);
            }
        }

        /// <summary>Items on their own lines inside indented braces; nothing at all when there are no items.</summary>
        private void Block<T>(IReadOnlyList<T> nodes)
            where T : SyntaxNode
        {
            if (nodes.Count == 0)
            {
                return;
            }

            output.Append('{');
            _indent++;
            LineBreak();
            List(nodes, "\n");
            _indent--;
            LineBreak();
            output.Append('}');
        }

        private void IndentedArguments<T>(IReadOnlyList<T> arguments)
            where T : SyntaxNode
        {
            output.Append('(');
            _indent++;
            LineBreak();
            List(arguments, "\n");
            _indent--;
            LineBreak();
            output.Append(')');
        }

        private void List<T>(IReadOnlyList<T> nodes, string separator)
            where T : SyntaxNode
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                if (i > 0)
                {
                    Text(separator);
                }

                Node(nodes[i]);
            }
        }

        /// <summary>Appends text whose line breaks must be indented like every other line.</summary>
        private void Text(string text)
        {
            var start = 0;
            for (var lineBreak = text.IndexOf('\n', StringComparison.Ordinal); lineBreak >= 0; lineBreak = text.IndexOf('\n', start))
            {
                output.Append(text, start, lineBreak - start);
                LineBreak();
                start = lineBreak + 1;
            }

            output.Append(text, start, text.Length - start);
        }

        private void LineBreak()
        {
            output.Append('\n').Append(' ', _indent * 2);
            _indentationWritten += _indent * 2;
            _lineBreaks++;
        }

        private readonly Position Mark() => new(output.Length, _indentationWritten, _lineBreaks);

        private void Rewind(Position position)
        {
            output.Length = position.Length;
            _indentationWritten = position.IndentationWritten;
            _lineBreaks = position.LineBreaks;
        }

        /// <summary>Characters written since <paramref name="start"/>, not counting indentation.</summary>
        private readonly int LengthSince(Position start) =>
            output.Length - start.Length - (_indentationWritten - start.IndentationWritten);

        private readonly record struct Position(int Length, int IndentationWritten, int LineBreaks);
    }
}
