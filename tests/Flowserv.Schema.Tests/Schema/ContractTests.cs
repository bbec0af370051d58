using Flowserv.Engine.Configuration;
using Flowserv.GraphQL.Utilities;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Schema;

public class ContractTests
{
    [Fact]
    public void The_running_schema_offers_everything_the_public_contract_promises()
    {
        // A copy of the project's API contract (contract/schema.graphql), kept beside the test.
        var contract = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "contract.graphql"));
        var server = SchemaPrinter.Print(FlowservSchema.Create(new EngineOptions(), SchemaFixture.ServiceUrl));

        var violations = ContractSubset.Violations(contract, server);

        Assert.True(violations.Count == 0, "The schema breaks the contract:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_contract_check_reports_what_a_server_lacks_or_types_differently()
    {
        const string contract = """
            type Query { run(id: ID!): Run runs(first: Int): [Run!]! }
            type Run implements Node { id: ID! state: State! note: String }
            interface Node { id: ID! }
            enum State { PENDING SUCCESS }
            input RunInput { name: String! sortDesc: Boolean = true }
            """;
        const string server = """
            type Query { run(id: ID!, verbose: Boolean!): Run runs(first: Int!): [Run!] }
            type Run { id: ID! state: State note: String! }
            enum State { PENDING }
            input RunInput { name: String sortDesc: Boolean = false }
            """;

        var violations = ContractSubset.Violations(contract, server);

        Assert.Equal(
            [
                "Query.run(verbose): required, but the contract does not know it",
                "Query.runs: type [Run!] does not deliver the contract's [Run!]!",
                "Query.runs(first): type Int! does not accept the contract's Int",
                "Run: does not implement Node",
                "Run.state: type State does not deliver the contract's State!",
                "Node: missing",
                "State.SUCCESS: missing enum value",
                "RunInput(sortDesc): default false, the contract's is true",
            ],
            violations);
    }
}
