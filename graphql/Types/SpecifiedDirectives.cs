using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Types;

/// <summary>The directives every schema has (spec 3.13), defined as graphql-js 16 defines them.</summary>
public static class SpecifiedDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = new()
    {
        Name = "include",
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Locations = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Arguments = [new InputValueDefinition { Name = "if", Description = "Included when true.", Type = new NonNullType(BuiltInScalars.Boolean) }],
    };

    public static readonly DirectiveDefinition Skip = new()
    {
        Name = "skip",
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Locations = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Arguments = [new InputValueDefinition { Name = "if", Description = "Skipped when true.", Type = new NonNullType(BuiltInScalars.Boolean) }],
    };

    public static readonly DirectiveDefinition Deprecated = new()
    {
        Name = "deprecated",
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Locations =
        [
            DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition,
        ],
        Arguments =
        [
            new InputValueDefinition
            {
                Name = "reason",
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                Type = BuiltInScalars.String,
                DefaultValue = new StringValueNode(DefaultDeprecationReason),
            },
        ],
    };

    public static readonly DirectiveDefinition SpecifiedBy = new()
    {
        Name = "specifiedBy",
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Locations = [DirectiveLocation.Scalar],
        Arguments = [new InputValueDefinition { Name = "url", Description = "The URL that specifies the behavior of this scalar.", Type = new NonNullType(BuiltInScalars.String) }],
    };

    public static readonly DirectiveDefinition OneOf = new()
    {
        Name = "oneOf",
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
        Locations = [DirectiveLocation.InputObject],
    };

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(DirectiveDefinition directive) => All.Any(specified => specified.Name == directive.Name);
}
