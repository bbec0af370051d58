using System.Runtime.CompilerServices;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;
using static Flowserv.GraphQL.Tests.Building.CodeFirst.CodeFirstHarness;

namespace Flowserv.GraphQL.Tests.Building.CodeFirst;

public class CodeFirstExecutionTests
{
    private static readonly GraphQLSchema Schema = FlowservSchema.Builder().Build();

    private readonly WorkflowStore store = new();

    private IServiceProvider Services => new TestServices(store, new RunQueries(store));

    [Fact]
    public async Task Sync_resolvers_static_members_defaults_and_context_values_resolve()
    {
        var response = await ExecuteAsync(
            Schema,
            "{ version hello greeting: hello(name: \"Ada\") me }",
            requestData: new Dictionary<string, object?> { ["viewer"] = new Viewer("Grace") });

        Assert.Equal(Json("{'data':{'version':'1.0','hello':'Hello, world!','greeting':'Hello, Ada!','me':'Grace'}}"), response);
    }

    [Fact]
    public async Task Async_resolvers_with_services_nested_objects_and_type_extensions_resolve()
    {
        var response = await ExecuteAsync(
            Schema,
            "{ workflow(id: \"wf-1\") { id name description createdAt tags sizeBytes runs { id state token day progress isActive arguments } } missing: workflow(id: \"nope\") { id } }",
            services: Services);

        Assert.Equal(
            Json("""
                {'data':{
                  'workflow':{'id':'wf-1','name':'Word count','description':'Counts words.','createdAt':'2026-11-01T07:00:00.000Z','tags':['text'],'sizeBytes':5000000000,
                    'runs':[
                      {'id':'run-1','state':'SUCCEEDED','token':'0f8fad5b-d9cb-469f-a165-70867728950e','day':'2026-11-03','progress':100,'isActive':false,'arguments':null},
                      {'id':'run-2','state':'IN_PROGRESS','token':'00000000-0000-0000-0000-000000000000','day':'2026-11-04','progress':0,'isActive':true,'arguments':null}]},
                  'missing':null}}
                """),
            response);
    }

    [Fact]
    public async Task Arguments_convert_to_input_objects_lists_enums_and_nullable_values()
    {
        var response = await ExecuteAsync(
            Schema,
            """
            query ($filter: WorkflowFilterInput, $except: [RunState!]) {
              tagged: workflows(filter: $filter) { id }
              first: workflows(first: 1) { id }
              withoutEmpty: workflows(filter: { includeEmpty: false }) { id }
              states(except: $except)
              allStates: states
              runs: workflow(id: "wf-1") { succeeded: runs(state: SUCCEEDED) { id } }
            }
            """,
            """{ "filter": { "tags": ["text"], "nameContains": "word" }, "except": ["ERROR", "FAILED"] }""",
            Services);

        Assert.Equal(
            Json("""
                {'data':{'tagged':[{'id':'wf-1'}],'first':[{'id':'wf-1'}],'withoutEmpty':[{'id':'wf-1'}],
                  'states':['PENDING','IN_PROGRESS','SUCCEEDED'],'allStates':['PENDING','IN_PROGRESS','SUCCEEDED','ERROR','FAILED'],
                  'runs':{'succeeded':[{'id':'run-1'}]}}}
                """),
            response);
    }

    [Fact]
    public async Task Scalar_arguments_convert_to_the_parameter_types()
    {
        var response = await ExecuteAsync(
            Schema,
            """{ echo(small: 3, ratio: 0.5, price: 2.25, token: "0f8fad5b-d9cb-469f-a165-70867728950e", number: "42", at: "2026-11-22T07:00:00+02:00", big: 9007199254740993) }""");

        Assert.Equal(Json("{'data':{'echo':'echo:3:0.5:2.25:0f8fad5b-d9cb-469f-a165-70867728950e:42:2026-11-22T05:00:00.0000000Z:9007199254740993'}}"), response);
    }

    [Fact]
    public async Task Invalid_scalar_input_is_reported_by_validation()
    {
        var result = await ExecuteResultAsync(Schema, """{ echo(small: 1, ratio: 1, price: 1, token: "not-a-uuid", number: 1, at: "2026-11-22", big: 1) }""");

        Assert.Equal(
            [
                "Expected value of type \"UUID!\", found \"not-a-uuid\"; UUID cannot represent value: \"not-a-uuid\"",
                "Expected value of type \"DateTime!\", found \"2026-11-22\"; DateTime cannot represent value: \"2026-11-22\". Expected an RFC 3339 date-time with a time zone offset.",
            ],
            Messages(result));
    }

    [Fact]
    public async Task Interfaces_and_unions_resolve_the_object_type_from_the_clr_type()
    {
        var response = await ExecuteAsync(
            Schema,
            """
            {
              run: node(id: "run-2") { __typename id ... on Run { state } }
              workflow: node(id: "wf-2") { __typename id }
              byState: search(by: { state: SUCCEEDED }) { __typename ... on Run { id } }
              byName: search(by: { name: "image" }) { __typename ... on Workflow { name } }
            }
            """,
            services: Services);

        Assert.Equal(
            Json("""
                {'data':{'run':{'__typename':'Run','id':'run-2','state':'IN_PROGRESS'},'workflow':{'__typename':'Workflow','id':'wf-2'},
                  'byState':[{'__typename':'Run','id':'run-1'}],'byName':[{'__typename':'Workflow','name':'Image resize'}]}}
                """),
            response);
    }

    [Fact]
    public async Task A_one_of_input_with_two_fields_is_rejected()
    {
        var result = await ExecuteResultAsync(Schema, """{ search(by: { name: "x", state: FAILED }) { __typename } }""", services: Services);

        Assert.Equal(["OneOf Input Object \"SearchByInput\" must specify exactly one key."], Messages(result));
    }

    [Fact]
    public async Task Mutations_create_input_records_and_run_extension_resolvers()
    {
        var response = await ExecuteAsync(
            Schema,
            """
            mutation {
              createWorkflow(input: { name: "New", tags: ["a", "b"] }) { id name description tags sizeBytes }
              startRun(options: { workflowId: "wf-3", arguments: { x: 1, y: [true, null], z: "text" }, notBefore: "2026-11-23T10:00:00+02:00" }) { id state day arguments }
            }
            """,
            services: Services);

        Assert.Equal(
            Json("""
                {'data':{'createWorkflow':{'id':'wf-3','name':'New','description':null,'tags':['a','b'],'sizeBytes':1},
                  'startRun':{'id':'run-3','state':'IN_PROGRESS','day':'2026-11-23','arguments':{'x':1,'y':[true,null],'z':'text'}}}}
                """),
            response);
        Assert.Equal("wf-3", store.Runs[^1].WorkflowId);
    }

    [Fact]
    public async Task Extension_classes_come_from_the_request_services()
    {
        var withService = await ExecuteAsync(Schema, """{ run(id: "run-1") { id } }""", services: Services);
        var withoutService = await ExecuteResultAsync(Schema, """{ run(id: "run-1") { id } }""", services: new TestServices(store));

        Assert.Equal(Json("{'data':{'run':{'id':'run-1'}}}"), withService);
        var error = Assert.Single(withoutService.Errors!);
        Assert.Equal("RunQueries is not registered in the request services and has no public parameterless constructor.", error.Exception?.Message);
        Assert.Equal("run", error.Path?.ToString());
    }

    [Fact]
    public async Task A_missing_service_is_a_field_error()
    {
        var result = await ExecuteResultAsync(Schema, """{ workflow(id: "wf-1") { id } }""");

        // Server faults are masked for clients; the exception is kept for logging.
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal("No service of type WorkflowStore is registered.", error.Exception?.Message);
    }

    [Fact]
    public async Task Subscriptions_stream_events_of_reference_and_value_types()
    {
        var runs = await SubscribeAsync(Schema, """subscription { onRunChanged(workflowId: "wf-1") { id state } }""", services: Services);
        var ticks = await SubscribeAsync(Schema, "subscription ($count: Int!) { ticks(count: $count) }", """{ "count": 3 }""");

        Assert.Equal(
            [Json("{'data':{'onRunChanged':{'id':'run-1','state':'SUCCEEDED'}}}"), Json("{'data':{'onRunChanged':{'id':'run-2','state':'IN_PROGRESS'}}}")],
            runs);
        Assert.Equal([Json("{'data':{'ticks':1}}"), Json("{'data':{'ticks':2}}"), Json("{'data':{'ticks':3}}")], ticks);
    }

    [Fact]
    public async Task Subscribe_with_maps_each_event_of_the_named_stream()
    {
        var events = await SubscribeAsync(Schema, "subscription { runStateChanged(upperCase: true) }", services: Services);

        Assert.Equal([Json("{'data':{'runStateChanged':'RUN-1:SUCCEEDED'}}"), Json("{'data':{'runStateChanged':'RUN-2:INPROGRESS'}}")], events);
    }

    [Fact]
    public async Task Cancelling_a_subscription_cancels_the_token_of_the_event_stream()
    {
        var schema = new SchemaBuilder().AddQueryType<CodeFirstProblemsTests.MinimalQuery>().AddSubscriptionType<EndlessSubscription>().Build();
        var probe = new CancellationProbe();
        using var cancellation = new CancellationTokenSource();
        var subscription = await new RequestExecutor(schema).SubscribeAsync(new GraphQLRequest { Query = "subscription { endless }" }, new TestServices(probe), null, cancellation.Token);
        var events = subscription.Stream!.GetAsyncEnumerator();

        Assert.True(await events.MoveNextAsync());
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await events.MoveNextAsync());
        await events.DisposeAsync();

        Assert.True(probe.Cancelled);
    }

    public sealed class CancellationProbe
    {
        public bool Cancelled { get; set; }
    }

    public sealed class EndlessSubscription
    {
        public async IAsyncEnumerable<int> Endless([Service] CancellationProbe probe, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            yield return 1;
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                probe.Cancelled = cancellationToken.IsCancellationRequested;
            }

            yield return 2;
        }
    }
}
