using System.Collections;

namespace Flowserv.Engine.Templates;

/// <summary>The declared parameters of a template, by name, enumerated in <c>index</c> order.</summary>
public sealed class ParameterIndex : IReadOnlyCollection<ParameterDeclaration>
{
    private readonly IReadOnlyList<ParameterDeclaration> sorted;
    private readonly Dictionary<string, ParameterDeclaration> byName;

    /// <summary>Builds the index; a name declared twice is a <see cref="TemplateException"/>.</summary>
    public ParameterIndex(IEnumerable<ParameterDeclaration> parameters)
    {
        byName = new Dictionary<string, ParameterDeclaration>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (!byName.TryAdd(parameter.Name, parameter))
            {
                throw new TemplateException($"duplicate parameter '{parameter.Name}'");
            }
        }
        sorted = [.. byName.Values.OrderBy(parameter => parameter.Index)];
    }

    public int Count => sorted.Count;

    public ParameterDeclaration? Find(string name) => byName.GetValueOrDefault(name);

    public bool Contains(string name) => byName.ContainsKey(name);

    public IEnumerator<ParameterDeclaration> GetEnumerator() => sorted.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
