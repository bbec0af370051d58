using System.Buffers;

namespace Flowserv.GraphQL.Language;

/// <summary>
/// Block string helpers: the spec's <c>BlockStringValue()</c> (2.9.4) and the graphql-js compatible way of
/// printing a string back as a block string.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// The spec's <c>BlockStringValue(rawValue)</c>: splits on line terminators, removes the common indentation
    /// of all lines but the first, drops leading and trailing blank lines and joins the rest with line feeds.
    /// </summary>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        return Dedent(rawValue.AsSpan());
    }

    internal static string Dedent(ReadOnlySpan<char> rawValue)
    {
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var index = 0;
        for (var lines = new Lines(rawValue); lines.MoveNext(); index++)
        {
            var line = lines.Current;
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonBlank < 0)
            {
                firstNonBlank = index;
            }

            lastNonBlank = index;
            if (index != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var result = ArrayPool<char>.Shared.Rent(rawValue.Length);
        try
        {
            var length = 0;
            index = 0;
            for (var lines = new Lines(rawValue); lines.MoveNext() && index <= lastNonBlank; index++)
            {
                if (index < firstNonBlank)
                {
                    continue;
                }

                if (index != firstNonBlank)
                {
                    result[length++] = '\n';
                }

                var line = lines.Current;
                var kept = index == 0 ? line : line[Math.Min(commonIndent, line.Length)..];
                kept.CopyTo(result.AsSpan(length));
                length += kept.Length;
            }

            return new string(result, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(result);
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> survives printing as a block string and reading it back (graphql-js
    /// <c>isPrintableAsBlockString</c>): no CR or low control characters, no leading or trailing blank lines and
    /// no indentation common to all lines, since the lexer would strip those.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case ' ' or '\t':
                    hasIndent |= isEmptyLine;
                    break;
                // graphql-js treats only these controls (and CR, which would read back as LF) as unprintable.
                case (>= '\0' and <= '\b') or '\v' or '\f' or '\r' or '\u000E' or '\u000F':
                    return false;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
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

        // When every later line is indented, re-reading would strip that indentation as common indentation,
        // unless the first line moves down to take part in it.
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
        var lines = new Lines(text);
        lines.MoveNext();
        while (lines.MoveNext())
        {
            if (lines.Current.Length > 0 && !IsWhiteSpace(lines.Current[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    /// <summary>Splits text into lines at LF, CR and CRLF, the spec's LineTerminator.</summary>
    private ref struct Lines(ReadOnlySpan<char> text)
    {
        private ReadOnlySpan<char> _rest = text;
        private bool _done;

        public ReadOnlySpan<char> Current { get; private set; }

        public bool MoveNext()
        {
            if (_done)
            {
                return false;
            }

            var breakAt = _rest.IndexOfAny('\n', '\r');
            if (breakAt < 0)
            {
                Current = _rest;
                _done = true;
                return true;
            }

            Current = _rest[..breakAt];
            var terminatorLength = _rest[breakAt] == '\r' && breakAt + 1 < _rest.Length && _rest[breakAt + 1] == '\n' ? 2 : 1;
            _rest = _rest[(breakAt + terminatorLength)..];
            return true;
        }
    }
}
