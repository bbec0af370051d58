using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Validation;

namespace Flowserv.GraphQL.Tests.Validation;

/// <summary>An error a test expects: the message and its locations as (line, column).</summary>
public sealed record ExpectedError(string Message, IReadOnlyList<(int Line, int Column)> Locations);

/// <summary>Runs one rule alone over a document and compares the errors a client would see.</summary>
public abstract class RuleTests<TRule>
    where TRule : ValidationRule, new()
{
    protected static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    protected static void ExpectValid(string document) => ExpectErrors(TestSchemas.Main, document);

    protected static void ExpectValid(GraphQLSchema schema, string document) => ExpectErrors(schema, document);

    protected static void ExpectErrors(string document, params ExpectedError[] expected) =>
        ExpectErrors(TestSchemas.Main, document, expected);

    protected static void ExpectErrors(GraphQLSchema schema, string document, params ExpectedError[] expected)
    {
        var rule = new TRule();
        var errors = DocumentValidator.Validate(schema, Parser.Parse(document), [() => new TRule()]);

        var actual = errors.Select(error => new ExpectedError(
            error.Message,
            error.Locations?.Select(location => (location.Line, location.Column)).ToArray() ?? [])).ToList();
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.All(errors, error =>
        {
            Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
            Assert.Equal(rule.Name, error.Extensions!["rule"]);
            Assert.Equal(rule.SpecAnchor, error.Extensions["specifiedBy"]);
        });
    }

    private static List<string> Describe(IEnumerable<ExpectedError> errors) =>
        errors.Select(error => $"{error.Message} @ {string.Join(", ", error.Locations.Select(location => $"{location.Line}:{location.Column}"))}").ToList();
}
