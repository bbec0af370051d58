using System.Text;
using Flowserv.GraphQL.Introspection;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL, character for character like graphql-js 16's <c>printSchema</c>: specified
/// directives, built-in scalars and introspection types are left out; the schema definition appears
/// only when it says something the type names don't; defaults are shown in graphql-js's canonical form.
/// </summary>
public static class SchemaPrinter
{
    private const string Indent = "  ";

    public static string Print(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!SpecifiedDirectives.IsSpecified(directive))
            {
                parts.Add(Directive(directive));
            }
        }

        foreach (var type in schema.Types.Values)
        {
            if (!BuiltInScalars.IsBuiltIn(type) && !IntrospectionTypes.IsIntrospectionType(type))
            {
                parts.Add(Type(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    private static string? SchemaDefinition(GraphQLSchema schema)
    {
        var conventional = schema.QueryType.Name == "Query"
            && schema.MutationType is null or { Name: "Mutation" }
            && schema.SubscriptionType is null or { Name: "Subscription" };
        if (schema.Description is null && conventional)
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        builder.Append(Indent).Append("query: ").Append(schema.QueryType.Name);
        if (schema.MutationType is not null)
        {
            builder.Append('\n').Append(Indent).Append("mutation: ").Append(schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append('\n').Append(Indent).Append("subscription: ").Append(schema.SubscriptionType.Name);
        }

        return builder.Append("\n}").ToString();
    }

    private static string Type(NamedType type) => Description(type.Description) + type switch
    {
        ScalarType scalar => "scalar " + scalar.Name
            + (scalar.SpecifiedByUrl is null ? string.Empty : $" @specifiedBy(url: {AstPrinter.PrintString(scalar.SpecifiedByUrl)})"),
        ObjectType obj => "type " + obj.Name + Implements(obj) + Fields(obj),
        InterfaceType iface => "interface " + iface.Name + Implements(iface) + Fields(iface),
        UnionType union => "union " + union.Name
            + (union.Types.Count == 0 ? string.Empty : " = " + string.Join(" | ", union.Types.Select(member => member.Name))),
        EnumType enumType => "enum " + enumType.Name + Block(enumType.Values.Select((value, i) =>
            Description(value.Description, Indent, i == 0) + Indent + value.Name + Deprecated(value.DeprecationReason))),
        InputObjectType input => "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + Block(input.Fields.Values.Select((field, i) =>
            Description(field.Description, Indent, i == 0) + Indent + InputValue(field))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown kind of type."),
    };

    private static string Directive(DirectiveDefinition directive) =>
        Description(directive.Description)
        + "directive @" + directive.Name
        + Arguments(directive.Arguments, string.Empty)
        + Deprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(location => location.ToName()));

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count == 0 ? string.Empty : " implements " + string.Join(" & ", type.Interfaces.Select(implemented => implemented.Name));

    private static string Fields(ComplexType type) => Block(type.Fields.Values.Select((field, i) =>
        Description(field.Description, Indent, i == 0)
        + Indent + field.Name
        + Arguments(field.Arguments, Indent)
        + ": " + field.Type
        + Deprecated(field.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var joined = string.Join("\n", items);
        return joined.Length == 0 ? string.Empty : " {\n" + joined + "\n}";
    }

    /// <summary>One line when no argument is described; otherwise one argument per line, one level deeper.</summary>
    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(argument => string.IsNullOrEmpty(argument.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        var lines = arguments.Select((argument, i) =>
            Description(argument.Description, Indent + indentation, i == 0) + Indent + indentation + InputValue(argument));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition input)
    {
        var defaultValue = DefaultValues.Canonical(input);
        return input.Name + ": " + input.Type
            + (defaultValue is null ? string.Empty : " = " + AstPrinter.Print(defaultValue))
            + Deprecated(input.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {AstPrinter.PrintString(reason)})",
    };

    /// <summary>
    /// A description on its own line(s) before the definition, as a block string when it survives the
    /// round trip; inside a block, every description but the first is preceded by an empty line.
    /// </summary>
    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = BlockString.IsPrintable(description) ? BlockString.Print(description) : AstPrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

}
