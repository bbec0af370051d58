namespace Flowserv.GraphQL.Execution;

/// <summary>The <c>extensions</c> of errors the executor raises itself.</summary>
internal static class ErrorExtensions
{
    /// <summary>Extensions holding only the stable <c>code</c> (see <see cref="ErrorCodes"/>).</summary>
    public static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };
}
