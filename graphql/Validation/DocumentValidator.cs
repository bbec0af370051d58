using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation;

/// <summary>Validates an executable document against a schema (spec 5), running all rules in one walk.</summary>
public static class DocumentValidator
{
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    private static readonly IReadOnlyDictionary<string, object?> TooManyErrorsExtensions =
        new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed }.AsReadOnly();

    /// <summary>
    /// Runs <paramref name="rules"/> (default: <see cref="SpecifiedRules.All"/>) over <paramref name="document"/>.
    /// After <paramref name="maxErrors"/> errors, one more error saying so is added and validation stops.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IEnumerable<Func<ValidationRule>>? rules = null,
        int maxErrors = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);

        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError(TooManyErrorsMessage, extensions: TooManyErrorsExtensions));
                throw new ValidationAbortedException();
            }

            errors.Add(error);
        });

        var instances = new List<ValidationRule>();
        foreach (var createRule in rules ?? SpecifiedRules.All)
        {
            instances.Add(createRule());
        }

        try
        {
            new ValidationWalker(context, instances).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; the errors so far are the result.
        }

        return errors;
    }

    private sealed class ValidationAbortedException : Exception;
}
