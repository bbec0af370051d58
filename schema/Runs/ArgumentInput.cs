using System.Text.Json;
using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Runs;

[GraphQLDescription("A run argument: exactly one of `value` (JSON, cast by the parameter's dtype) or `file`.")]
public sealed record ArgumentInput(string Name, JsonElement? Value = null, FileArgumentInput? File = null)
{
    public RunArgument ToRunArgument() => new(Name, Value, File?.ToFileArgument());
}
