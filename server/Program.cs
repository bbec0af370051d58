using Flowserv.Engine;
using Flowserv.Engine.Configuration;
using Flowserv.GraphQL.AspNetCore;
using Flowserv.Schema;
using Flowserv.Server.Authentication;
using Flowserv.Server.Configuration;
using Flowserv.Server.Downloads;

var builder = WebApplication.CreateBuilder(args);
var engineOptions = EngineOptions.FromSettings(name => builder.Configuration[name]);
var publicUrl = builder.Configuration["FLOWSERV_API_URL"] ?? "http://localhost:5000";

builder.Services.AddFlowservEngine(engineOptions);
builder.Services.AddGraphQLServer(
    _ => FlowservSchema.Create(engineOptions, publicUrl),
    QueryLimits.FromSettings(name => builder.Configuration[name]),
    configure: options => options.IdeAssetsPath = Path.Combine(builder.Environment.ContentRootPath, "wwwroot", "ide"));
builder.Services.AddFlowservAuthentication();
builder.Services.AddHealthChecks();

var app = builder.Build();
// Before the server (and the run scheduler, a hosted service) starts: migrations, default user, sample workflow.
await app.Services.GetRequiredService<EngineInitializer>().InitializeAsync();
app.MapGraphQL("/graphql");
app.MapFlowservDownloads();
app.MapHealthChecks("/healthz");
await app.RunAsync();

public partial class Program;
