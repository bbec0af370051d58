namespace Flowserv.GraphQL;

/// <summary>Stable values of <c>extensions.code</c>; clients branch on these, so never rename one.</summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string NestingTooDeep = "NESTING_TOO_DEEP";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
