using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using static Flowserv.GraphQL.Tests.Relay.RelayModel;

namespace Flowserv.GraphQL.Tests.Paging;

/// <summary>A connection's page size multiplies the cost of its edges and nodes only, not of totalCount or pageInfo.</summary>
public class ConnectionComplexityTests
{
    [Theory]
    [InlineData("{ runs(first: 100) { totalCount } }", 2)]
    [InlineData("{ runs(first: 100) { totalCount nodes { name } } }", 1 + 1 + (100 * 2))]
    [InlineData("{ runs(first: 10) { pageInfo { hasNextPage } edges { cursor node { name } } } }", 1 + 2 + (10 * 4))]
    [InlineData("{ runs(first: 10) { ...page } } fragment page on RunConnection { pageInfo { hasNextPage } nodes { name } }", 1 + 2 + (10 * 2))]
    [InlineData("{ runs(first: 10) { ... on RunConnection { totalCount edges { cursor } } } }", 1 + 1 + (10 * 2))]
    public void OnlyTheSizedFieldsOfAConnectionAreMultiplied(string query, long expected)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(fragment => fragment.Name.Value);

        Assert.Equal(expected, OperationComplexityAnalyzer.Complexity(Schema(), operation, fragments, variables: null));
    }
}
