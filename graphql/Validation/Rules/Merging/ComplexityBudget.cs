namespace Flowserv.GraphQL.Validation.Rules.Merging;

/// <summary>
/// Bounds the comparisons made for one document, with graphql-js's budget and charges, so a document crafted to
/// make merging checks explode is rejected (as graphql-js rejects it) instead of tying up the server.
/// </summary>
internal sealed class ComplexityBudget
{
    private const int Limit = 500_000;

    private int remaining = Limit;

    public void Spend(int cost)
    {
        remaining -= cost;
        if (remaining < 0)
        {
            throw new MergingCheckAbortedException();
        }
    }
}

/// <summary>Unwinds a merging check that ran out of <see cref="ComplexityBudget"/> or of stack for nested selections.</summary>
internal sealed class MergingCheckAbortedException : Exception;
