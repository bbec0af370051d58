using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Templates;

/// <summary>A run's result file is missing, unreadable, or lacks a required value.</summary>
public sealed class ResultFileException(string message) : FlowservException(InvalidResult, message)
{
    public const string InvalidResult = "INVALID_RESULT";
}
