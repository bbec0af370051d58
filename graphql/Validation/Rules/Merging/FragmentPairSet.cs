namespace Flowserv.GraphQL.Validation.Rules.Merging;

/// <summary>
/// Fragment pairs already compared, in either order, remembering whether the comparison assumed mutually
/// exclusive parents: an exclusive comparison checks less, so it cannot stand in for a non-exclusive one.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<(string, string), bool> pairs = [];

    public bool Contains(string a, string b, bool areMutuallyExclusive) =>
        Contains((a, b), areMutuallyExclusive) || Contains((b, a), areMutuallyExclusive);

    public void Add(string a, string b, bool areMutuallyExclusive) => pairs[(a, b)] = areMutuallyExclusive;

    private bool Contains((string, string) pair, bool areMutuallyExclusive) =>
        pairs.TryGetValue(pair, out var comparedExclusive) && (areMutuallyExclusive || !comparedExclusive);
}
