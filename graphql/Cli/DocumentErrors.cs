using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Validation;

namespace Flowserv.GraphQL.Cli;

/// <summary>Parses and validates a document, returning it with the syntax or validation errors it has.</summary>
internal static class DocumentErrors
{
    public static IReadOnlyList<GraphQLError> Check(GraphQLSchema schema, string source, out DocumentNode? document)
    {
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLException exception)
        {
            document = null;
            return exception.Errors;
        }

        return DocumentValidator.Validate(schema, document);
    }
}
