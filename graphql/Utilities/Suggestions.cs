using System.Text;

namespace Flowserv.GraphQL.Utilities;

/// <summary>
/// "Did you mean" hints as graphql-js words them: options within a lexical distance of 40% of the input's
/// length, nearest first, at most five quoted.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options similar to <paramref name="input"/>, nearest first, ties in natural order.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 2 / 5) + 1;
        var inputLower = input.ToLowerInvariant();
        var matches = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(input, inputLower, option, threshold);
            if (distance <= threshold && !matches.Exists(match => match.Option == option))
            {
                matches.Add((option, distance));
            }
        }

        matches.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new string[matches.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = matches[i].Option;
        }

        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (with <paramref name="subMessage"/> after "mean"), or "" without suggestions.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            message.Append(subMessage).Append(' ');
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                message.Append(count == 2 ? " or " : i == count - 1 ? ", or " : ", ");
            }

            message.Append('"').Append(suggestions[i]).Append('"');
        }

        return message.Append('?').ToString();
    }

    /// <summary>
    /// Damerau-Levenshtein distance over lower-cased text where a pure case change counts as one edit;
    /// any value above <paramref name="threshold"/> means "too far".
    /// </summary>
    private static int Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var (a, b) = optionLower.Length >= inputLower.Length ? (optionLower, inputLower) : (inputLower, optionLower);
        if (a.Length - b.Length > threshold)
        {
            return threshold + 1;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallestCell = Math.Min(smallestCell, currentCell);
                currentRow[j] = currentCell;
            }

            if (smallestCell > threshold)
            {
                return threshold + 1;
            }
        }

        return rows[a.Length % 3][b.Length];
    }

    /// <summary>Ordinal order except that runs of digits compare by numeric value (graphql-js naturalCompare).</summary>
    internal static int NaturalCompare(string a, string b)
    {
        int aIndex = 0, bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (char.IsAsciiDigit(aChar) && char.IsAsciiDigit(bChar))
            {
                var aNumber = ReadNumber(a, ref aIndex);
                var bNumber = ReadNumber(b, ref bIndex);
                if (aNumber != bNumber)
                {
                    return aNumber < bNumber ? -1 : 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }

                aIndex++;
                bIndex++;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>Reads digits as graphql-js does: a leading zero ends the number after itself.</summary>
    private static double ReadNumber(string text, ref int index)
    {
        double number = 0;
        do
        {
            number = (number * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && number > 0);

        return number;
    }
}
