using Flowserv.GraphQL.Utilities;

namespace Flowserv.GraphQL.Tests.Relay;

public class RelaySdlTests
{
    [Fact]
    public void Nodes_connections_filters_and_sorts_print_with_the_contract_names_and_shapes()
    {
        Assert.Equal(
            """"
            type Query {
              node(id: ID!): Node
              nodes(ids: [ID!]!): [Node]!
              runs(first: Int, after: String, last: Int, before: String, where: RunFilterInput, order: [RunSortInput!]): RunConnection!
              workflows(first: Int, after: String): WorkflowConnection!
              run(id: ID!): Run
            }

            interface Node {
              id: ID!
            }

            type RunConnection {
              edges: [RunEdge!]!
              nodes: [Run!]!
              pageInfo: PageInfo!
              totalCount: Int!
            }

            type RunEdge {
              cursor: String!
              node: Run!
            }

            type Run implements Node {
              id: ID!
              state: RunState!
              workflowId: ID!
              name: String!
              createdAt: DateTime!
              finishedAt: DateTime
              size: Int!
              tags: [String!]!
            }

            enum RunState {
              PENDING
              RUNNING
              SUCCESS
            }

            """
            The `DateTime` scalar type represents a date and time with a time zone offset, as an RFC 3339 string.
            """
            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

            type PageInfo {
              hasNextPage: Boolean!
              hasPreviousPage: Boolean!
              startCursor: String
              endCursor: String
            }

            input RunFilterInput {
              and: [RunFilterInput!]
              or: [RunFilterInput!]
              id: IdOperationFilterInput
              state: RunStateOperationFilterInput
              workflowId: IdOperationFilterInput
              name: StringOperationFilterInput
              createdAt: DateTimeOperationFilterInput
              finishedAt: DateTimeOperationFilterInput
              size: IntOperationFilterInput
            }

            input IdOperationFilterInput {
              eq: ID
              in: [ID!]
            }

            input RunStateOperationFilterInput {
              eq: RunState
              neq: RunState
              in: [RunState!]
              nin: [RunState!]
            }

            input StringOperationFilterInput {
              eq: String
              neq: String
              in: [String]
              contains: String
              startsWith: String
            }

            input DateTimeOperationFilterInput {
              eq: DateTime
              gt: DateTime
              gte: DateTime
              lt: DateTime
              lte: DateTime
            }

            input IntOperationFilterInput {
              eq: Int
              neq: Int
              in: [Int!]
              gt: Int
              gte: Int
              lt: Int
              lte: Int
            }

            input RunSortInput {
              id: SortEnumType
              state: SortEnumType
              workflowId: SortEnumType
              name: SortEnumType
              createdAt: SortEnumType
              finishedAt: SortEnumType
              size: SortEnumType
            }

            enum SortEnumType {
              ASC
              DESC
            }

            type WorkflowConnection {
              edges: [WorkflowEdge!]!
              nodes: [Workflow!]!
              pageInfo: PageInfo!
              totalCount: Int!
            }

            type WorkflowEdge {
              cursor: String!
              node: Workflow!
            }

            type Workflow implements Node {
              id: ID!
              name: String!
              runs(first: Int, after: String): RunConnection!
            }
            """",
            SchemaPrinter.Print(RelayModel.Schema()));
    }
}
