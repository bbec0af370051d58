using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// The result of one selection set: response keys (shared by every object completed with the same
/// collected fields) and their values, in selection order.
/// </summary>
public sealed class ResponseMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] keys;
    private readonly object?[] values;

    internal ResponseMap(string[] keys, object?[] values)
    {
        this.keys = keys;
        this.values = values;
    }

    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<object?> Values => values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(keys, key);
        value = index >= 0 ? values[index] : null;
        return index >= 0;
    }

    internal string KeyAt(int index) => keys[index];

    internal object? ValueAt(int index) => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
