using Flowserv.GraphQL.Utilities;
using static Flowserv.GraphQL.Tests.Building.CodeFirst.CodeFirstHarness;

namespace Flowserv.GraphQL.Tests.Building.Conventions;

public class MutationConventionSdlTests
{
    [Fact]
    public void Mutations_print_with_input_objects_payloads_and_error_types()
    {
        var schema = ConventionSchema.Builder().Build();

        Assert.Equal(ExpectedSdl.ReplaceLineEndings("\n"), SchemaPrinter.Print(schema));
    }

    [Fact]
    public async Task Introspection_shows_the_error_interface_and_its_implementations()
    {
        var response = await ExecuteAsync(
            ConventionSchema.Builder().Build(),
            "{ __type(name: \"Error\") { kind fields { name type { kind ofType { name } } } possibleTypes { name } } }");

        Assert.Equal(
            Json("""
                {'data':{'__type':{'kind':'INTERFACE',
                  'fields':[{'name':'message','type':{'kind':'NON_NULL','ofType':{'name':'String'}}},{'name':'code','type':{'kind':'NON_NULL','ofType':{'name':'String'}}}],
                  'possibleTypes':[{'name':'UnknownGroupError'},{'name':'QuotaExceededError'},{'name':'DomainError'}]}}}
                """),
            response);
    }

    [Fact]
    public void Without_conventions_mutations_keep_their_arguments_and_results()
    {
        var schema = new Flowserv.GraphQL.Building.SchemaBuilder().AddQueryType<ConventionQuery>().AddMutationType<PlainMutations>().Build();

        Assert.Contains("  rename(name: String!): String!\n", SchemaPrinter.Print(schema), StringComparison.Ordinal);
        Assert.Null(schema.GetType("Error"));
    }

    [Fact]
    public void Without_add_mutation_conventions_only_marked_mutations_follow_them()
    {
        var sdl = SchemaPrinter.Print(new Flowserv.GraphQL.Building.SchemaBuilder().AddQueryType<ConventionQuery>().AddMutationType<ConventionMutations>().Build());

        Assert.Contains("  startRun(input: StartRunInput!): StartRunPayload!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  deleteRun(input: DeleteRunInput!): DeleteRunPayload!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  rename(input: RenameInput!): RenamePayload!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  logout: Session!\n", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_interface_name_is_configurable()
    {
        var schema = new Flowserv.GraphQL.Building.SchemaBuilder()
            .AddQueryType<ConventionQuery>()
            .AddMutationType<PlainMutations>()
            .AddMutationConventions(errorInterfaceName: "Problem")
            .Build();

        Assert.Contains("  errors: [Problem!]\n", SchemaPrinter.Print(schema), StringComparison.Ordinal);
        Assert.Null(schema.GetType("Error"));
    }

    [Fact]
    public void The_error_interface_and_its_codes_can_be_described()
    {
        var sdl = SchemaPrinter.Print(ConventionSchema.Builder().DescribeErrors("Every typed error.", "A stable code.").Build());

        Assert.Contains("\"\"\"Every typed error.\"\"\"\ninterface Error {\n  message: String!\n\n  \"\"\"A stable code.\"\"\"\n  code: String!\n}\n", sdl, StringComparison.Ordinal);
        Assert.Contains("type DomainError implements Error {\n  message: String!\n\n  \"\"\"A stable code.\"\"\"\n  code: String!\n}", sdl, StringComparison.Ordinal);
    }

    private const string ExpectedSdl = """
        type Query {
          version: String!
        }

        type Mutation {
          startRun(input: StartRunInput!): StartRunPayload!
          cancelRun(input: CancelRunInput!): CancelRunPayload!
          logout: LogoutPayload!
          deleteRun(input: DeleteRunInput!): DeleteRunPayload!
          rename(input: RenameInput!): RenamePayload!
          ping(value: Int!): Int!
        }

        type StartRunPayload {
          run: Run
          errors: [Error!]
        }

        type Run {
          id: String!
          groupId: String!
          argumentCount: Int!
          priority: Int!
        }

        interface Error {
          message: String!
          code: String!
        }

        input StartRunInput {
          groupId: String!
          arguments: [ArgumentInput!]!
          priority: Int! = 1
        }

        input ArgumentInput {
          name: String!
          value: String!
        }

        type CancelRunPayload {
          run: Run
          errors: [Error!]
        }

        input CancelRunInput {
          groupId: String!
        }

        type LogoutPayload {
          session: Session
          errors: [Error!]
        }

        type Session {
          state: String!
        }

        type DeleteRunPayload {
          runId: ID
          errors: [Error!]
        }

        input DeleteRunInput {
          runId: ID!
        }

        type RenamePayload {
          name: String
          shout: String
          errors: [Error!]
        }

        input RenameInput {
          name: String!
        }

        type UnknownGroupError implements Error {
          message: String!
          code: String!
        }

        type QuotaExceededError implements Error {
          message: String!
          code: String!
        }

        type DomainError implements Error {
          message: String!
          code: String!
        }
        """;
}
