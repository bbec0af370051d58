using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Relay;

namespace Flowserv.Schema.Runs;

/// <summary>An uploaded file of the run's group as an argument.</summary>
public sealed record FileArgumentInput(
    // Decoded by the mutation, not while the input is read, so a foreign id is a typed error of its payload.
    [property: ID] string FileId,
    [property: GraphQLDescription("Target path in the run folder; overrides the parameter's target.")] string? Target = null)
{
    public FileArgument ToFileArgument() => new(GlobalId.Parse(FileId, "UploadedFile"), Target);
}
