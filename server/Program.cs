using Flowserv.Engine.Configuration;
using Flowserv.GraphQL.AspNetCore;
using Flowserv.Schema;

var builder = WebApplication.CreateBuilder(args);
var engineOptions = EngineOptions.FromSettings(name => builder.Configuration[name]);
var publicUrl = builder.Configuration["FLOWSERV_API_URL"] ?? "http://localhost:5000";

builder.Services.AddGraphQLServer(
    _ => FlowservSchema.Create(engineOptions, publicUrl),
    configure: options => options.IdeAssetsPath = Path.Combine(builder.Environment.ContentRootPath, "wwwroot", "ide"));
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapGraphQL("/graphql");
app.MapHealthChecks("/healthz");
app.Run();
public partial class Program;
