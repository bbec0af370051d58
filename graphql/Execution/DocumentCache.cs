using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// The most recently used parsed documents by query text, each remembering whether it passed validation,
/// so a repeated query is neither parsed nor validated again.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedDocument> recency = new();

    public CachedDocument? Get(string query)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(query, out var node))
            {
                return null;
            }

            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value;
        }
    }

    public CachedDocument Add(string query, DocumentNode document)
    {
        var entry = new CachedDocument(query, document);
        if (capacity <= 0)
        {
            return entry;
        }

        lock (gate)
        {
            if (entries.TryGetValue(query, out var existing))
            {
                return existing.Value;
            }

            if (entries.Count >= capacity && recency.Last is { } oldest)
            {
                entries.Remove(oldest.Value.Query);
                recency.RemoveLast();
            }

            entries.Add(query, recency.AddFirst(entry));
            return entry;
        }
    }
}

/// <summary>A parsed document and whether it is known to be valid against the executor's schema.</summary>
internal sealed class CachedDocument(string query, DocumentNode document)
{
    private volatile bool isValid;

    public string Query { get; } = query;

    public DocumentNode Document { get; } = document;

    public bool IsValid
    {
        get => isValid;
        set => isValid = value;
    }
}
