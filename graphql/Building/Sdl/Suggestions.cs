using System.Text;

namespace Flowserv.GraphQL.Building;

/// <summary>
/// "Did you mean" hints exactly as graphql-js words and orders them: options within a
/// case-insensitive Damerau-Levenshtein distance of 40% of the input, closest first, ties in natural order.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, best first.</summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var distances = new Dictionary<string, int>();
        foreach (var option in options)
        {
            if (!distances.ContainsKey(option) && Distance(input, inputLower, option, threshold) is { } distance)
            {
                distances.Add(option, distance);
            }
        }

        var sorted = distances.Keys.ToList();
        sorted.Sort((a, b) => distances[a] != distances[b] ? distances[a] - distances[b] : NaturalCompare(a, b));
        return sorted;
    }

    /// <summary>The sentence appended to an error message, or empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" Did you mean ");
        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(count == 2 ? " or " : i == count - 1 ? ", or " : ", ");
            }

            builder.Append('"').Append(suggestions[i]).Append('"');
        }

        return builder.Append('?').ToString();
    }

    private static int? Distance(string input, string inputLower, string option, int threshold)
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
            return null;
        }

        // Three rolling rows suffice: the transposition step looks back two rows.
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
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var result = rows[a.Length % 3][b.Length];
        return result <= threshold ? result : null;
    }

    /// <summary>Ordinal comparison in which runs of digits compare by their numeric value.</summary>
    private static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var x = ReadNumber(a, ref i);
                var y = ReadNumber(b, ref j);
                if (x != y)
                {
                    return x < y ? -1 : 1;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return a.Length - b.Length;
    }

    // A leading zero ends the number after one digit, as in graphql-js.
    private static long ReadNumber(string text, ref int index)
    {
        long number = 0;
        do
        {
            number = (number * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && number > 0);

        return number;
    }
}
