namespace Flowserv.GraphQL;

/// <summary>Raised when a request cannot proceed; carries the errors to report.</summary>
public class GraphQLException : Exception
{
    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error")
    {
        Errors = errors;
    }

    public GraphQLException(GraphQLError error)
        : this([error])
    {
    }

    public GraphQLException(string message, string code)
        : this(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }))
    {
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
