using System.Text;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL source, character for character like graphql-js 16's <c>print()</c>
/// (plus September 2025 descriptions on executable definitions), so documents, cache keys and error
/// messages match the reference implementation.
/// </summary>
public static class AstPrinter
{
    // graphql-js breaks a field's arguments onto separate lines once the one-line form exceeds this.
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(document.Definitions, "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable => PrintVariableDefinition(variable),
            SelectionSetNode selectionSet => Block(selectionSet.Selections),
            FieldNode field => PrintField(field),
            ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Join(spread.Directives, " ")),
            InlineFragmentNode inline => JoinParts(
                " ",
                "...",
                inline.TypeCondition is null ? null : "on " + inline.TypeCondition.Name.Value,
                Join(inline.Directives, " "),
                Print(inline.SelectionSet)),
            FragmentDefinitionNode fragment => PrintFragmentDefinition(fragment),
            ValueNode value => PrintValue(value),
            ObjectFieldNode field => field.Name.Value + ": " + Print(field.Value),
            DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments, ", "), ")"),
            TypeNode type => PrintType(type),
            TypeSystemDefinitionNode definition => PrintTypeSystemDefinition(definition),
            OperationTypeDefinitionNode operationType => OperationName(operationType.Operation) + ": " + operationType.Type.Name.Value,
            FieldDefinitionNode field => Description(field.Description)
                + field.Name.Value
                + PrintArgumentDefinitions(field.Arguments)
                + ": " + PrintType(field.Type)
                + Wrap(" ", Join(field.Directives, " ")),
            InputValueDefinitionNode input => Description(input.Description) + JoinParts(
                " ",
                input.Name.Value + ": " + PrintType(input.Type),
                input.DefaultValue is null ? null : "= " + PrintValue(input.DefaultValue),
                Join(input.Directives, " ")),
            EnumValueDefinitionNode enumValue => Description(enumValue.Description)
                + JoinParts(" ", enumValue.Name.Value, Join(enumValue.Directives, " ")),
            TypeSystemExtensionNode extension => PrintExtension(extension),
            _ => throw new ArgumentException($"Unknown AST node {node.GetType().Name}.", nameof(node)),
        };
    }

    /// <summary>Prints a string as a quoted GraphQL string literal, escaping like graphql-js's <c>printString</c>.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode intValue => intValue.Value,
        FloatValueNode floatValue => floatValue.Value,
        StringValueNode { Block: true } blockString => BlockString.Print(blockString.Value),
        StringValueNode stringValue => PrintString(stringValue.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(list.Values, ", ") + "]",
        ObjectValueNode obj => "{" + Join(obj.Fields, ", ") + "}",
        _ => throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value)),
    };

    private static string PrintType(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        _ => throw new ArgumentException($"Unknown type node {type.GetType().Name}.", nameof(type)),
    };

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var prefix = Description(operation.Description) + JoinParts(
            " ",
            OperationName(operation.Operation),
            (operation.Name?.Value ?? string.Empty) + PrintVariableDefinitions(operation.VariableDefinitions),
            Join(operation.Directives, " "));

        // An anonymous query without variables or directives prints as the query shorthand.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(operation.SelectionSet);
    }

    private static string PrintVariableDefinitions(IReadOnlyList<VariableDefinitionNode> definitions)
    {
        // Described variables span several lines; graphql-js then puts one per line, without indenting them.
        var printed = PrintAll(definitions);
        return HasMultilineItems(printed)
            ? Wrap("(\n", JoinPrinted(printed, "\n"), "\n)")
            : Wrap("(", JoinPrinted(printed, ", "), ")");
    }

    private static string PrintVariableDefinition(VariableDefinitionNode variable) =>
        Description(variable.Description)
        + "$" + variable.Variable.Name.Value + ": " + PrintType(variable.Type)
        + (variable.DefaultValue is null ? string.Empty : " = " + PrintValue(variable.DefaultValue))
        + Wrap(" ", Join(variable.Directives, " "));

    private static string PrintField(FieldNode field)
    {
        var prefix = (field.Alias is null ? string.Empty : field.Alias.Value + ": ") + field.Name.Value;
        var printedArguments = PrintAll(field.Arguments);
        var argumentsLine = prefix + Wrap("(", JoinPrinted(printedArguments, ", "), ")");
        if (argumentsLine.Length > MaxLineLength)
        {
            argumentsLine = prefix + Wrap("(\n", Indent(JoinPrinted(printedArguments, "\n")), "\n)");
        }

        return JoinParts(
            " ",
            argumentsLine,
            Join(field.Directives, " "),
            field.SelectionSet is null ? null : Print(field.SelectionSet));
    }

    private static string PrintFragmentDefinition(FragmentDefinitionNode fragment) =>
        Description(fragment.Description)
        + "fragment " + fragment.Name.Value
        + " on " + fragment.TypeCondition.Name.Value + " "
        + Wrap(string.Empty, Join(fragment.Directives, " "), " ")
        + Print(fragment.SelectionSet);

    private static string PrintTypeSystemDefinition(TypeSystemDefinitionNode definition) => definition switch
    {
        SchemaDefinitionNode schema => Description(schema.Description)
            + JoinParts(" ", "schema", Join(schema.Directives, " "), Block(schema.OperationTypes)),
        ScalarTypeDefinitionNode scalar => Description(scalar.Description)
            + JoinParts(" ", "scalar", scalar.Name.Value, Join(scalar.Directives, " ")),
        ObjectTypeDefinitionNode obj => Description(obj.Description)
            + PrintFieldsContainer("type", obj.Name, obj.Interfaces, obj.Directives, obj.Fields),
        InterfaceTypeDefinitionNode iface => Description(iface.Description)
            + PrintFieldsContainer("interface", iface.Name, iface.Interfaces, iface.Directives, iface.Fields),
        UnionTypeDefinitionNode union => Description(union.Description)
            + PrintUnion("union", union.Name, union.Directives, union.Types),
        EnumTypeDefinitionNode enumType => Description(enumType.Description)
            + JoinParts(" ", "enum", enumType.Name.Value, Join(enumType.Directives, " "), Block(enumType.Values)),
        InputObjectTypeDefinitionNode input => Description(input.Description)
            + JoinParts(" ", "input", input.Name.Value, Join(input.Directives, " "), Block(input.Fields)),
        DirectiveDefinitionNode directive => Description(directive.Description)
            + "directive @" + directive.Name.Value
            + PrintArgumentDefinitions(directive.Arguments)
            + (directive.Repeatable ? " repeatable" : string.Empty)
            + " on " + Join(directive.Locations, " | "),
        _ => throw new ArgumentException($"Unknown definition {definition.GetType().Name}.", nameof(definition)),
    };

    private static string PrintExtension(TypeSystemExtensionNode extension) => extension switch
    {
        SchemaExtensionNode schema => JoinParts(" ", "extend schema", Join(schema.Directives, " "), Block(schema.OperationTypes)),
        ScalarTypeExtensionNode scalar => JoinParts(" ", "extend scalar", scalar.Name.Value, Join(scalar.Directives, " ")),
        ObjectTypeExtensionNode obj => PrintFieldsContainer("extend type", obj.Name, obj.Interfaces, obj.Directives, obj.Fields),
        InterfaceTypeExtensionNode iface => PrintFieldsContainer("extend interface", iface.Name, iface.Interfaces, iface.Directives, iface.Fields),
        UnionTypeExtensionNode union => PrintUnion("extend union", union.Name, union.Directives, union.Types),
        EnumTypeExtensionNode enumType => JoinParts(" ", "extend enum", enumType.Name.Value, Join(enumType.Directives, " "), Block(enumType.Values)),
        InputObjectTypeExtensionNode input => JoinParts(" ", "extend input", input.Name.Value, Join(input.Directives, " "), Block(input.Fields)),
        _ => throw new ArgumentException($"Unknown extension {extension.GetType().Name}.", nameof(extension)),
    };

    private static string PrintFieldsContainer(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields) =>
        JoinParts(
            " ",
            keyword,
            name.Value,
            Wrap("implements ", Join(interfaces, " & ")),
            Join(directives, " "),
            Block(fields));

    private static string PrintUnion(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types) =>
        JoinParts(" ", keyword, name.Value, Join(directives, " "), Wrap("= ", Join(types, " | ")));

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintAll(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(JoinPrinted(printed, "\n")), "\n)")
            : Wrap("(", JoinPrinted(printed, ", "), ")");
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static string Description(StringValueNode? description) =>
        description is null ? string.Empty : PrintValue(description) + "\n";

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Indent(string text) =>
        text.Length == 0 ? string.Empty : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? string.Empty : start + text + end;

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode => JoinPrinted(PrintAll(nodes), separator);

    /// <summary>Joins with <paramref name="separator"/>, skipping empty parts like graphql-js's <c>join</c>.</summary>
    private static string JoinPrinted(string?[] parts, string separator)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private static string JoinParts(string separator, params string?[] parts) => JoinPrinted(parts, separator);

    private static bool HasMultilineItems(string[] printed)
    {
        foreach (var item in printed)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
