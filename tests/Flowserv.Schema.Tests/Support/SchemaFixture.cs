using System.Text.Json;
using Flowserv.Engine.Configuration;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Services.Support;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Flowserv.Schema.Tests.Support;

/// <summary>
/// flowServ's schema over a real engine (<see cref="EngineFixture"/>: a fresh database, SQLite in a temporary
/// folder or PostgreSQL, initialized as at start-up; runs are recorded by its scheduler, never executed).
/// Requests run as a given <see cref="Caller"/> through the request executor, each in a DI scope of its own
/// like an HTTP request.
/// </summary>
internal sealed class SchemaFixture : IAsyncDisposable
{
    public const string ServiceUrl = "http://flowserv.test/api";

    private SchemaFixture(EngineFixture engine, ExecutionOptions? options)
    {
        Engine = engine;
        Schema = FlowservSchema.Create(engine.Options, ServiceUrl);
        Executor = new RequestExecutor(Schema, options);
    }

    /// <summary>The engine's services, clock, scheduler and SQL command counter.</summary>
    public EngineFixture Engine { get; }

    public GraphQLSchema Schema { get; }

    public RequestExecutor Executor { get; }

    /// <summary>
    /// A fresh engine; with <paramref name="installSample"/> the Hello World benchmark is installed. Requests run
    /// under <paramref name="options"/> (the executor's defaults, as the server's, when null).
    /// </summary>
    public static async Task<SchemaFixture> CreateAsync(AuthMode authMode = AuthMode.Default, bool installSample = false, ExecutionOptions? options = null) =>
        new(await EngineFixture.CreateAsync(authMode, installSample: installSample), options);

    /// <summary>
    /// Executes <paramref name="query"/> as <paramref name="caller"/> (anonymous by default), who sent
    /// <paramref name="token"/> (what logout ends).
    /// </summary>
    public async Task<ExecutionResult> ExecuteResultAsync(string query, Caller? caller = null, IReadOnlyDictionary<string, object?>? variables = null, string? token = null)
    {
        await using var scope = Engine.Get<IServiceScopeFactory>().CreateAsyncScope();
        var requestData = new Dictionary<string, object?>();
        RequestCaller.Set(requestData, caller ?? Caller.Anonymous);
        RequestToken.Set(requestData, token);
        return await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, scope.ServiceProvider, requestData);
    }

    /// <summary>The JSON response (<c>data</c>, and <c>errors</c> if any) of <see cref="ExecuteResultAsync"/>.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, Caller? caller = null, IReadOnlyDictionary<string, object?>? variables = null, string? token = null)
    {
        var result = await ExecuteResultAsync(query, caller, variables, token);
        using var document = JsonDocument.Parse(ExecutionResultWriter.ToUtf8Bytes(result));
        return document.RootElement.Clone();
    }

    public ValueTask DisposeAsync() => Engine.DisposeAsync();
}
