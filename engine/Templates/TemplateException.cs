using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Templates;

/// <summary>A workflow template (or a file it includes) is malformed or inconsistent.</summary>
public sealed class TemplateException(string message) : FlowservException(InvalidTemplate, message)
{
    public const string InvalidTemplate = "INVALID_TEMPLATE";
}
