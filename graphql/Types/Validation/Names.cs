using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Spec 2.1.9 Names and 3 "Reserved Names": names match <c>/[_A-Za-z][_0-9A-Za-z]*/</c>, and names
/// starting with <c>__</c> belong to introspection. Messages are graphql-js's (assertName, validateName).
/// </summary>
internal static class Names
{
    public static void Check(string name, SyntaxNode? node, List<SchemaProblem> problems)
    {
        if (SyntaxProblem(name) is { } syntax)
        {
            problems.Add(new(syntax, node));
        }
        else if (name.StartsWith("__", StringComparison.Ordinal))
        {
            problems.Add(new($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node));
        }
    }

    /// <summary>Enum values additionally can't be <c>true</c>, <c>false</c> or <c>null</c>, which would read as other literals.</summary>
    public static void CheckEnumValue(string name, SyntaxNode? node, List<SchemaProblem> problems)
    {
        if (name is "true" or "false" or "null")
        {
            problems.Add(new($"Enum values cannot be named: {name}", node));
            return;
        }

        Check(name, node, problems);
    }

    private static string? SyntaxProblem(string name)
    {
        if (name.Length == 0)
        {
            return "Expected name to be a non-empty string.";
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsNameContinue(name[i]))
            {
                return $"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.";
            }
        }

        return IsNameContinue(name[0]) && !char.IsAsciiDigit(name[0])
            ? null
            : $"Names must start with [_a-zA-Z] but \"{name}\" does not.";
    }

    private static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
