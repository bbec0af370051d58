namespace Flowserv.GraphQL.Validation;

/// <summary>Base URLs of the spec editions rules link to in <c>extensions.specifiedBy</c>.</summary>
internal static class SpecAnchors
{
    public const string October2021 = "https://spec.graphql.org/October2021/#";
    public const string September2025 = "https://spec.graphql.org/September2025/#";
}
