using Flowserv.Engine;
using Flowserv.Engine.Configuration;
using Flowserv.GraphQL.AspNetCore;
using Flowserv.Schema;
using Flowserv.Server.Authentication;
using Flowserv.Server.Configuration;
using Flowserv.Server.Downloads;

var builder = WebApplication.CreateBuilder(args);
// Kestrel writes to a socket on the thread that flushed the response instead of queueing the write behind the
// thread pool's other work: an event fanned out to a thousand subscriptions otherwise reached the first socket
// only after every subscriber's continuation had run (bench/RESULTS.md, "Why inline writes"). Socket
// completions still go to the thread pool (DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS stays off), so no
// request runs on an I/O thread: SQLite blocks the thread that queries it.
builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
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
