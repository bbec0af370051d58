using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.Schema.Workflows;

/// <summary>One allowed value of a select parameter.</summary>
[GraphQLName("SelectOption")]
public sealed class SelectOptionObject(SelectOption option)
{
    public string Name => option.Name;

    [GraphQLType(typeof(JsonType))]
    [GraphQLNonNull]
    public object? Value => option.Value;

    public bool IsDefault => option.IsDefault;
}
