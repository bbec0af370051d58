namespace Flowserv.GraphQL.Validation.Rules.Merging;

/// <summary>
/// The fields of a selection set that share one response name (an entry of the spec's grouped field set).
/// Almost every group holds a single field, so that one is kept without a list.
/// </summary>
internal sealed class ResponseGroup(string responseName, FieldDetails first)
{
    private List<FieldDetails>? others;

    public string ResponseName { get; } = responseName;

    public int Count => others is null ? 1 : others.Count + 1;

    public FieldDetails this[int index] => index == 0 ? first : others![index - 1];

    public void Add(FieldDetails field) => (others ??= []).Add(field);
}
