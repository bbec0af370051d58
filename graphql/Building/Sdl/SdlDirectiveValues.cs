using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building;

/// <summary>
/// Reads the specified directives that shape the built schema (<c>@deprecated</c>, <c>@specifiedBy</c>,
/// <c>@oneOf</c>); like graphql-js, the first use counts and arguments get their defaults.
/// </summary>
internal sealed class SdlDirectiveValues(List<SchemaProblem> problems)
{
    /// <summary>The deprecation reason, or null when not deprecated (or deprecated with an explicit null reason).</summary>
    public string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        Find(directives, SpecifiedDirectives.Deprecated) is { } deprecated
            ? StringArgument(deprecated, "reason", SpecifiedDirectives.DefaultDeprecationReason, nonNull: false)
            : null;

    public string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        Find(directives, SpecifiedDirectives.SpecifiedBy) is { } specifiedBy
            ? StringArgument(specifiedBy, "url", null, nonNull: true)
            : null;

    public static bool IsOneOf(IReadOnlyList<DirectiveNode> directives) => Find(directives, SpecifiedDirectives.OneOf) is not null;

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, DirectiveDefinition definition)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == definition.Name)
            {
                return directive;
            }
        }

        return null;
    }

    private string? StringArgument(DirectiveNode directive, string name, string? defaultValue, bool nonNull)
    {
        var argument = directive.Arguments.FirstOrDefault(candidate => candidate.Name.Value == name);
        switch (argument?.Value)
        {
            case null:
                // A missing required argument is reported by ProvidedRequiredArgumentsOnDirectives.
                return defaultValue;
            case StringValueNode text:
                return text.Value;
            case NullValueNode when !nonNull:
                return null;
            case NullValueNode nullValue:
                problems.Add(new($"Argument \"{name}\" of non-null type \"String!\" must not be null.", nullValue));
                return null;
            case var other:
                problems.Add(new($"Argument \"{name}\" has invalid value {AstPrinter.Print(other)}.", other));
                return null;
        }
    }
}
