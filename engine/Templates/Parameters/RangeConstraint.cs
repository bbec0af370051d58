using System.Globalization;

namespace Flowserv.Engine.Templates;

/// <summary>
/// A numeric interval in flowServ's syntax: <c>[</c>/<c>]</c> closed, <c>(</c>/<c>)</c> open, an
/// empty bound is infinite, e.g. <c>[0,1]</c>, <c>( 5, 7 ]</c>, <c>[,5]</c>, <c>(5,]</c>.
/// </summary>
public sealed class RangeConstraint
{
    private RangeConstraint(string text, double left, bool leftClosed, double right, bool rightClosed)
    {
        Text = text;
        Left = left;
        LeftClosed = leftClosed;
        Right = right;
        RightClosed = rightClosed;
    }

    /// <summary>The interval as written in the template.</summary>
    public string Text { get; }

    public double Left { get; }

    public bool LeftClosed { get; }

    public double Right { get; }

    public bool RightClosed { get; }

    /// <summary>Parses the interval syntax; failures are <see cref="FormatException"/>s saying what is wrong.</summary>
    public static RangeConstraint Parse(string text)
    {
        var tokens = text.Split(',');
        if (tokens.Length != 2)
        {
            throw new FormatException($"invalid range '{text}': expected two bounds separated by ','");
        }
        var left = tokens[0].Trim();
        var right = tokens[1].Trim();
        if (!left.StartsWith('[') && !left.StartsWith('('))
        {
            throw new FormatException($"invalid range '{text}': must start with '[' or '('");
        }
        if (!right.EndsWith(']') && !right.EndsWith(')'))
        {
            throw new FormatException($"invalid range '{text}': must end with ']' or ')'");
        }
        var low = ParseBound(left[1..].Trim(), double.NegativeInfinity, text);
        var high = ParseBound(right[..^1].Trim(), double.PositiveInfinity, text);
        if (low > high)
        {
            throw new FormatException($"invalid range '{text}': invalid interval boundaries");
        }
        return new RangeConstraint(text, low, left.StartsWith('['), high, right.EndsWith(']'));
    }

    public bool Contains(double value) =>
        (LeftClosed ? value >= Left : value > Left) && (RightClosed ? value <= Right : value < Right);

    public override string ToString() => Text;

    private static double ParseBound(string bound, double infinity, string text)
    {
        if (bound.Length == 0)
        {
            return infinity;
        }
        return NumberText.TryParseFloat(bound, out var value)
            ? value
            : throw new FormatException($"invalid range '{text}': '{bound}' is not a number");
    }
}
