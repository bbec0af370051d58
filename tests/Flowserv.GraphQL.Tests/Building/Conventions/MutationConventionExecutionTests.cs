using Flowserv.GraphQL.Types;
using static Flowserv.GraphQL.Tests.Building.CodeFirst.CodeFirstHarness;

namespace Flowserv.GraphQL.Tests.Building.Conventions;

public class MutationConventionExecutionTests
{
    private const string StartRun = """
        mutation ($input: StartRunInput!) {
          startRun(input: $input) { run { id groupId argumentCount priority } errors { __typename message code } }
        }
        """;

    private static readonly GraphQLSchema Schema = ConventionSchema.Builder().Build();

    [Fact]
    public async Task A_successful_mutation_returns_its_result_in_the_payload_without_errors()
    {
        var response = await ExecuteAsync(Schema, StartRun, """{ "input": { "groupId": "g1", "arguments": [{ "name": "n", "value": "1" }, { "name": "m", "value": "2" }], "priority": 3 } }""");

        Assert.Equal(Json("{'data':{'startRun':{'run':{'id':'run-of-g1-startRun','groupId':'g1','argumentCount':2,'priority':3},'errors':null}}}"), response);
    }

    [Fact]
    public async Task Input_fields_left_out_take_the_parameter_defaults()
    {
        var response = await ExecuteAsync(Schema, "mutation { startRun(input: { groupId: \"g1\", arguments: [] }) { run { priority } } }");

        Assert.Equal(Json("{'data':{'startRun':{'run':{'priority':1}}}}"), response);
    }

    [Theory]
    [InlineData("missing", "UnknownGroupError", "Unknown group missing.", "UNKNOWN_GROUP")]
    [InlineData("busy", "QuotaExceededError", "Too many runs at once.", "QUOTA_EXCEEDED")]
    [InlineData("private", "DomainError", "Sign in first.", "UNAUTHORIZED")]
    public async Task A_declared_exception_becomes_a_typed_error_and_a_null_result(string groupId, string typeName, string message, string code)
    {
        var response = await ExecuteAsync(Schema, StartRun, $$"""{ "input": { "groupId": "{{groupId}}", "arguments": [] } }""");

        Assert.Equal(Json($"{{'data':{{'startRun':{{'run':null,'errors':[{{'__typename':'{typeName}','message':'{message}','code':'{code}'}}]}}}}}}"), response);
    }

    [Fact]
    public async Task A_declared_exception_thrown_synchronously_becomes_a_typed_error()
    {
        var response = await ExecuteAsync(Schema, "mutation { cancelRun(input: { groupId: \"g9\" }) { run { id } errors { ... on UnknownGroupError { code } } } }");

        Assert.Equal(Json("{'data':{'cancelRun':{'run':null,'errors':[{'code':'UNKNOWN_GROUP'}]}}}"), response);
    }

    [Fact]
    public async Task An_undeclared_exception_stays_a_masked_graphql_error()
    {
        var response = await ExecuteAsync(Schema, StartRun, """{ "input": { "groupId": "broken", "arguments": [] } }""");

        Assert.Equal(
            Json("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':2,'column':3}],'path':['startRun'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}"),
            response);
    }

    [Fact]
    public async Task A_mutation_without_arguments_takes_no_input()
    {
        var response = await ExecuteAsync(Schema, "mutation { logout { session { state } errors { code } } }");

        Assert.Equal(Json("{'data':{'logout':{'session':{'state':'ENDED'},'errors':null}}}"), response);
    }

    [Fact]
    public async Task Named_payload_fields_own_payloads_and_exempt_mutations_resolve_as_declared()
    {
        var response = await ExecuteAsync(Schema, "mutation { deleteRun(input: { runId: \"r1\" }) { runId } rename(input: { name: \"new\" }) { name } ping(value: 7) }");

        Assert.Equal(Json("{'data':{'deleteRun':{'runId':'r1'},'rename':{'name':'new'},'ping':7}}"), response);
    }

    [Fact]
    public async Task A_payload_class_of_its_own_gets_errors_and_null_fields_when_a_declared_exception_is_thrown()
    {
        var response = await ExecuteAsync(Schema, "mutation { ok: rename(input: { name: \"new\" }) { name shout errors { code } } failed: rename(input: { name: \"\" }) { name shout errors { code } } }");

        Assert.Equal(
            Json("{'data':{'ok':{'name':'new','shout':'NEW','errors':null},'failed':{'name':null,'shout':null,'errors':[{'code':'QUOTA_EXCEEDED'}]}}}"),
            response);
    }

    [Fact]
    public async Task Mutations_of_type_extensions_follow_the_convention()
    {
        var schema = new Flowserv.GraphQL.Building.SchemaBuilder().AddQueryType<ConventionQuery>().AddTypeExtension<GroupMutations>().Build();

        var response = await ExecuteAsync(schema, "mutation { joinGroup(input: { groupId: \"g1\" }) { session { state } errors { code } } }");

        Assert.Equal(Json("{'data':{'joinGroup':{'session':{'state':'g1'},'errors':null}}}"), response);
    }

    [Fact]
    public async Task An_input_missing_a_required_field_fails_validation()
    {
        var result = await ExecuteResultAsync(Schema, "mutation { startRun(input: { arguments: [] }) { run { id } } }");

        Assert.Null(result.Data);
        Assert.Equal(["Field \"StartRunInput.groupId\" of required type \"String!\" was not provided."], Messages(result));
    }

    [Fact]
    public async Task An_input_variable_of_the_wrong_shape_is_rejected_before_the_resolver_runs()
    {
        var result = await ExecuteResultAsync(Schema, StartRun, """{ "input": { "groupId": "g1", "arguments": [{ "name": "n" }] } }""");

        Assert.Null(result.Data);
        Assert.Single(Messages(result), message => message.Contains("value", StringComparison.Ordinal) && message.Contains("$input", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_code_registered_for_a_base_exception_applies_to_declared_subclasses()
    {
        var schema = new Flowserv.GraphQL.Building.SchemaBuilder()
            .AddQueryType<ConventionQuery>()
            .AddMutationType<ConventionMutations>()
            .AddMutationConventions()
            .AddErrorType<DomainException>(exception => "DOMAIN/" + exception.Code)
            .Build();

        var response = await ExecuteAsync(schema, "mutation { cancelRun(input: { groupId: \"g9\" }) { errors { __typename code } } }");

        Assert.Equal(Json("{'data':{'cancelRun':{'errors':[{'__typename':'UnknownGroupError','code':'DOMAIN/UNKNOWN_GROUP'}]}}}"), response);
        Assert.NotNull(schema.GetType("DomainError"));
    }
}
