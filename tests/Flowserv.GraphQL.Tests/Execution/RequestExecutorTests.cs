using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;
using static Flowserv.GraphQL.Tests.Execution.ExecutionTestSchema;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class RequestExecutorTests
{
    private static readonly ObjectType User = new("User", () =>
    [
        Field("name", BuiltInScalars.String, _ => "u"),
        new FieldDefinition
        {
            Name = "friends",
            Type = new ListType(User!),
            Arguments = [Argument("first", BuiltInScalars.Int)],
            CostMultipliers = ["first"],
            Resolver = _ => new ValueTask<object?>(Array.Empty<object>()),
        },
    ]);

    private static readonly GraphQLSchema CostSchema = new(new ObjectType("Query", () =>
    [
        new FieldDefinition
        {
            Name = "users",
            Type = new ListType(User),
            Arguments = [Argument("first", BuiltInScalars.Int, new Flowserv.GraphQL.Language.Ast.IntValueNode("10"))],
            CostMultipliers = ["first"],
            Resolver = _ => new ValueTask<object?>(new[] { new object() }),
        },
        new FieldDefinition { Name = "expensive", Type = BuiltInScalars.Int, Cost = 50, Resolver = _ => new ValueTask<object?>(1) },
    ]));

    [Fact]
    public Task Executes_a_valid_request() => AssertAsync(
        """{"data":{"hello":"Hello, Ada!"}}""",
        new() { Query = "query($n: String) { hello(name: $n) }", Variables = System.Text.Json.JsonDocument.Parse("""{"n":"Ada"}""").RootElement });

    [Fact]
    public async Task Mutations_are_refused_when_the_request_does_not_allow_them()
    {
        var mutated = false;
        var schema = new GraphQLSchema(
            new ObjectType("Query", () => [Field("a", BuiltInScalars.Int, _ => 1)]),
            new ObjectType("Mutation", () => [Field("m", BuiltInScalars.Int, _ => { mutated = true; return 2; })]));

        await AssertAsync(
            """{"errors":[{"message":"Mutations are not allowed for this request.","locations":[{"line":1,"column":15}],"extensions":{"code":"OPERATION_NOT_ALLOWED"}}]}""",
            new() { Query = "query Q { a } mutation M { m }", OperationName = "M", AllowMutations = false },
            schema: schema);
        await AssertAsync("""{"data":{"a":1}}""", new() { Query = "query Q { a } mutation M { m }", OperationName = "Q", AllowMutations = false }, schema: schema);
        Assert.False(mutated);
    }

    [Fact]
    public Task Syntax_errors_are_reported_with_their_code() => AssertAsync(
        """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""",
        new() { Query = "{ hello" });

    [Fact]
    public async Task Validation_errors_are_reported_before_execution()
    {
        var response = await ExecuteAsync(new() { Query = "{ nope }" });
        Assert.Contains("\"code\":\"GRAPHQL_VALIDATION_FAILED\"", response);
        Assert.StartsWith("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".""", response);
    }

    [Fact]
    public Task Depth_limit_counts_fields_through_fragments() => AssertAsync(
        """{"errors":[{"message":"The operation has a depth of 3, which exceeds the maximum depth of 2.","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_DEPTH_EXCEEDED"}}]}""",
        new() { Query = """{ person(id: 1) { ...F } } fragment F on Person { friends { name } }""" },
        new ExecutionOptions { MaxDepth = 2 });

    [Fact]
    public Task Depth_within_the_limit_executes() => AssertAsync(
        """{"data":{"person":{"friends":[{"name":"Grace"},{"name":null}]}}}""",
        new() { Query = """{ person(id: 1) { ...F } } fragment F on Person { friends { name } }""" },
        new ExecutionOptions { MaxDepth = 3 });

    [Fact]
    public Task Complexity_multiplies_selections_by_cost_arguments() => AssertAsync(
        """{"errors":[{"message":"The operation has a complexity of 26, which exceeds the maximum complexity of 25.","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_COMPLEXITY_EXCEEDED"}}]}""",
        new() { Query = "{ users(first: 5) { name friends(first: 3) { name } } }" },
        new ExecutionOptions { MaxComplexity = 25 },
        CostSchema);

    [Fact]
    public Task Complexity_reads_multipliers_from_variables_and_defaults() => AssertAsync(
        """{"errors":[{"message":"The operation has a complexity of 111, which exceeds the maximum complexity of 100.","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_COMPLEXITY_EXCEEDED"}}]}""",
        new()
        {
            Query = "query($n: Int) { users { friends(first: $n) { name } } expensive }",
            Variables = new Dictionary<string, object?> { ["n"] = 5L },
        },
        new ExecutionOptions { MaxComplexity = 100 },
        CostSchema);

    [Fact]
    public Task Complexity_within_the_limit_executes() => AssertAsync(
        """{"data":{"users":[{"name":"u"}]}}""",
        new() { Query = "{ users(first: 5) { name } }" },
        new ExecutionOptions { MaxComplexity = 6 },
        CostSchema);

    [Fact]
    public Task Introspection_can_be_disabled() => AssertAsync(
        """{"errors":[{"message":"GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".","locations":[{"line":1,"column":43}],"extensions":{"code":"INTROSPECTION_DISABLED"}}]}""",
        new() { Query = "{ __typename ...F } fragment F on Query { __schema { queryType { name } } }" },
        new ExecutionOptions { EnableIntrospection = false });

    [Fact]
    public Task Introspection_is_executed_when_enabled() => AssertAsync(
        """{"data":{"__schema":{"queryType":{"name":"Query"}},"__type":{"name":"Color","kind":"ENUM"}}}""",
        new() { Query = """{ __schema { queryType { name } } __type(name: "Color") { name kind } }""" });

    [Fact]
    public async Task The_full_introspection_query_passes_the_default_limits()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = FullIntrospectionQuery });
        Assert.Null(result.Errors);
        var schema = (IReadOnlyDictionary<string, object?>)result.Data!["__schema"]!;
        Assert.Equal("Query", ((IReadOnlyDictionary<string, object?>)schema["queryType"]!)["name"]);
    }

    [Fact]
    public async Task Token_and_size_limits_are_enforced_by_the_parser()
    {
        var tokens = await ExecuteAsync(new() { Query = "{ a b c d e f }" }, new ExecutionOptions { ParserOptions = new ParserOptions { MaxTokens = 4 } });
        Assert.Contains("\"code\":\"MAX_TOKENS_EXCEEDED\"", tokens);
        var size = await ExecuteAsync(new() { Query = "{ hello }" }, new ExecutionOptions { ParserOptions = new ParserOptions { MaxDocumentBytes = 4 } });
        Assert.Contains("\"code\":\"DOCUMENT_TOO_LARGE\"", size);
    }

    [Fact]
    public async Task Timeout_cancels_resolvers_and_reports_the_error()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new GraphQLSchema(new ObjectType("Query", () =>
        [
            AsyncField("forever", BuiltInScalars.Int, async context =>
            {
                using var registration = context.CancellationToken.Register(() => cancelled.TrySetResult());
                await Task.Delay(Timeout.Infinite, context.CancellationToken).ConfigureAwait(false);
                return 1;
            }),
        ]));

        await AssertAsync(
            """{"errors":[{"message":"The operation did not complete within 100 ms.","extensions":{"code":"EXECUTION_TIMEOUT"}}]}""",
            new() { Query = "{ forever }" },
            new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(100) },
            schema);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Repeated_documents_are_served_from_the_cache_with_their_own_variables()
    {
        var executor = new RequestExecutor(Schema);
        for (var i = 0; i < 3; i++)
        {
            var result = await executor.ExecuteAsync(new GraphQLRequest
            {
                Query = "query($v: Int) { echoInt(value: $v) }",
                Variables = new Dictionary<string, object?> { ["v"] = (long)i },
            });
            Assert.Equal(Json($$$"""{"data":{"echoInt":{{{i}}}}}"""), Serialize(result));
        }
    }

    [Fact]
    public async Task Subscribing_to_a_query_returns_its_single_result()
    {
        var result = await new RequestExecutor(Schema).SubscribeAsync(new GraphQLRequest { Query = "{ hello }" });
        Assert.Null(result.Stream);
        Assert.Equal(Json("""{"data":{"hello":"Hello, world!"}}"""), Serialize(result.Result!));
    }

    /// <summary>graphql-js 16's getIntrospectionQuery with every option on: 15 levels deep.</summary>
    private const string FullIntrospectionQuery = "query IntrospectionQuery { __schema { description queryType { name kind } mutationType { name kind } subscriptionType { name kind } types { ...FullType } directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } } } } fragment FullType on __Type { kind name description specifiedByURL isOneOf fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields(includeDeprecated: true) { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason } fragment TypeRef on __Type { kind name ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } } } }";

    private static async Task<string> ExecuteAsync(GraphQLRequest request, ExecutionOptions? options = null, GraphQLSchema? schema = null)
    {
        var executor = new RequestExecutor(schema ?? Schema, options);
        return Serialize(await executor.ExecuteAsync(request, null, new Dictionary<string, object?>(), CancellationToken.None));
    }

    private static async Task AssertAsync(string expected, GraphQLRequest request, ExecutionOptions? options = null, GraphQLSchema? schema = null) =>
        Assert.Equal(Json(expected), await ExecuteAsync(request, options, schema));
}
