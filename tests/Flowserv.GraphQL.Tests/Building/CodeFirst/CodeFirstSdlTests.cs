using Flowserv.GraphQL.Utilities;

namespace Flowserv.GraphQL.Tests.Building.CodeFirst;

public class CodeFirstSdlTests
{
    [Fact]
    public void The_flowserv_model_prints_as_the_expected_sdl()
    {
        var schema = FlowservSchema.Builder().Build();

        Assert.Equal(ExpectedSdl.ReplaceLineEndings("\n"), SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Cost_attributes_set_the_field_cost_and_its_multipliers()
    {
        var workflows = FlowservSchema.Builder().Build().QueryType.GetField("workflows")!;

        Assert.Equal(2, workflows.Cost);
        Assert.Equal(["first"], workflows.CostMultipliers);
    }

    private const string ExpectedSdl = """"
        """The flowServ API."""
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        """Caches the field's value."""
        directive @cached(seconds: Int!) on FIELD_DEFINITION

        """Entry points for reading."""
        type Query {
          version: String!
          hello(name: String! = "world"): String!
          workflow(id: ID!): Workflow
          workflows(
            """How many to return."""
            first: Int! = 10
            filter: WorkflowFilterInput
          ): [Workflow!]!
          node(id: ID!): Node
          search(by: SearchByInput!): [SearchResult!]!
          states(except: [RunState!]): [RunState!]!
          me: String!
          echo(small: Int!, ratio: Float!, price: Float!, token: UUID!, number: ID!, at: DateTime!, big: Long!): String!
          run(id: ID!): Run @deprecated(reason: "Use node.")
        }

        """A workflow template."""
        type Workflow implements Node {
          id: ID!
          name: String!

          """Free text."""
          description: String
          createdAt: DateTime!
          tags: [String!]!
          sizeBytes: Long!

          """The runs of this workflow."""
          runs(state: RunState): [Run!]!
        }

        """Anything with a global identifier."""
        interface Node {
          id: ID!
        }

        """
        The `DateTime` scalar type represents a date and time with a time zone offset, as an RFC 3339 string.
        """
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        """
        The `Long` scalar type represents non-fractional signed whole 64-bit numeric values.
        """
        scalar Long

        enum RunState {
          PENDING
          IN_PROGRESS
          SUCCEEDED
          ERROR @deprecated(reason: "Use FAILED.")
          FAILED
        }

        input WorkflowFilterInput {
          nameContains: String
          tags: [String!]
          includeEmpty: Boolean! = true
        }

        union SearchResult = Run | Workflow

        input SearchByInput @oneOf {
          name: String
          state: RunState
        }

        """
        The `UUID` scalar type represents a universally unique identifier as a hyphenated string.
        """
        scalar UUID @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc9562")

        type Mutation {
          createWorkflow(input: CreateWorkflowInput!): Workflow!
          startRun(options: StartRun!): Run!
        }

        input CreateWorkflowInput {
          name: String!
          description: String
          tags: [String!]
          priority: Int! = 1
        }

        input StartRun {
          workflowId: ID!
          arguments: JSON
          notBefore: DateTime
        }

        """The `JSON` scalar type represents any JSON value."""
        scalar JSON

        type Subscription {
          onRunChanged(workflowId: ID!): Run!
          ticks(count: Int!): Int!
          runStateChanged(upperCase: Boolean! = false): String!
        }

        type Run implements Node {
          id: ID!
          state: RunState!
          token: UUID!
          day: Date!
          arguments: JSON
          isActive: Boolean! @deprecated(reason: "Use state.")
          progress(scale: Int! = 100): Int!
        }

        """A calendar date."""
        scalar Date
        """";
}
