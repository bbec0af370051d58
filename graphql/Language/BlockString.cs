namespace Flowserv.GraphQL.Language;

/// <summary>
/// Block string helpers (spec 2.9.4 <c>BlockStringValue()</c>) and the graphql-js compatible way of
/// printing a string back as a block string.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// Applies the spec's <c>BlockStringValue()</c> to raw lines (already split on line terminators, with
    /// <c>\"""</c> already unescaped): removes the common indentation of all lines but the first, then drops
    /// leading and trailing blank lines, and joins the rest with line feeds.
    /// </summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonBlank < 0)
            {
                firstNonBlank = i;
            }

            lastNonBlank = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        for (var i = firstNonBlank; i <= lastNonBlank; i++)
        {
            if (i != firstNonBlank)
            {
                builder.Append('\n');
            }

            var line = lines[i];
            builder.Append(i == 0 || commonIndent == int.MaxValue ? line : line.AsSpan(Math.Min(commonIndent, line.Length)));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Prints <paramref name="value"/> as a block string exactly like graphql-js's <c>printBlockString</c>:
    /// escapes <c>"""</c>, and adds leading/trailing line breaks only where readability or correctness need them.
    /// </summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = escaped.AsSpan().IndexOfAny('\n', '\r') < 0;

        // A value whose later lines are all indented (or blank) would lose that indentation when re-read,
        // unless the first line is moved down to take part in the common indentation.
        var forceLeadingNewLine = !isSingleLine && LaterLinesAllIndentedOrBlank(escaped);

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);

        // A trailing quote or backslash would merge with the closing delimiter.
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;

        var printAsMultipleLines = !isSingleLine
            || value.Length > 70
            || forceTrailingNewLine
            || forceLeadingNewLine
            || hasTrailingTripleQuotes;

        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var leading = (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine;
        var trailing = printAsMultipleLines || forceTrailingNewLine;
        return string.Concat("\"\"\"", leading ? "\n" : string.Empty, escaped, trailing ? "\n\"\"\"" : "\"\"\"");
    }

    private static bool LaterLinesAllIndentedOrBlank(string text)
    {
        var rest = text.AsSpan();
        var first = true;
        while (true)
        {
            var breakAt = rest.IndexOfAny('\n', '\r');
            var line = breakAt < 0 ? rest : rest[..breakAt];
            if (!first && line.Length > 0 && !IsWhiteSpace(line[0]))
            {
                return false;
            }

            if (breakAt < 0)
            {
                return true;
            }

            first = false;
            var terminatorLength = rest[breakAt] == '\r' && breakAt + 1 < rest.Length && rest[breakAt + 1] == '\n' ? 2 : 1;
            rest = rest[(breakAt + terminatorLength)..];
        }
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
