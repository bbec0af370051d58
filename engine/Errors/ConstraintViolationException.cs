namespace Flowserv.Engine.Errors;

/// <summary>An input breaks a rule of the data model (bad name, duplicate, wrong state, ...).</summary>
public sealed class ConstraintViolationException(string code, string message)
    : FlowservException(code, message)
{
    public static ConstraintViolationException InvalidArgument(string message) => new(ErrorCodes.InvalidArgument, message);

    public static ConstraintViolationException DuplicateUser(string name) => new(ErrorCodes.DuplicateUser, $"duplicate user '{name}'");

    public static ConstraintViolationException DuplicateName(string kind, string name) => new(ErrorCodes.DuplicateName, $"{kind} '{name}' exists");

    public static ConstraintViolationException InvalidName(string message) => new(ErrorCodes.InvalidName, message);

    public static ConstraintViolationException InvalidRunState(string state) => new(ErrorCodes.InvalidRunState, $"invalid operation for run in state {state}");

    public static ConstraintViolationException InvalidPath(string path) => new(ErrorCodes.InvalidPath, $"invalid path '{path}'");

    public static ConstraintViolationException InvalidArchive(string message) => new(ErrorCodes.InvalidArchive, message);
}
