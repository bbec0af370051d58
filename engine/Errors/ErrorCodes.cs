namespace Flowserv.Engine.Errors;

/// <summary>The stable error codes clients match on; never rename one.</summary>
public static class ErrorCodes
{
    public const string UnknownUser = "UNKNOWN_USER";
    public const string UnknownWorkflow = "UNKNOWN_WORKFLOW";
    public const string UnknownGroup = "UNKNOWN_GROUP";
    public const string UnknownRun = "UNKNOWN_RUN";
    public const string UnknownFile = "UNKNOWN_FILE";
    public const string UnknownRequest = "UNKNOWN_REQUEST";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string DuplicateUser = "DUPLICATE_USER";
    public const string DuplicateName = "DUPLICATE_NAME";
    public const string InvalidName = "INVALID_NAME";
    public const string InvalidRunState = "INVALID_RUN_STATE";
    public const string InvalidPath = "INVALID_PATH";
    public const string InvalidArchive = "INVALID_ARCHIVE";
    public const string InvalidConfiguration = "INVALID_CONFIGURATION";
}
