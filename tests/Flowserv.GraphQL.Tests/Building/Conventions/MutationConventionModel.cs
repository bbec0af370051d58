using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Tests.Building.Conventions;

public sealed class ConventionQuery
{
    public string Version => "1";
}

public sealed record ArgumentInput(string Name, string Value);

public sealed record Run(string Id, string GroupId, int ArgumentCount, int Priority);

public sealed record Session(string State);

public sealed record RenamePayload(string? Name)
{
    public string? Shout() => Name?.ToUpperInvariant();
}

/// <summary>Mutations covering each shape the convention produces; the group id picks the failure to throw.</summary>
public sealed class ConventionMutations
{
    [Error(typeof(UnknownGroupException))]
    [Error(typeof(QuotaExceededException))]
    public async Task<Run> StartRunAsync(string groupId, IReadOnlyList<ArgumentInput> arguments, IResolverContext context, CancellationToken cancellationToken, int priority = 1)
    {
        await Task.Delay(1, cancellationToken);
        return groupId switch
        {
            "missing" => throw new UnknownGroupException(groupId),
            "busy" => throw new QuotaExceededException(),
            "private" => throw new UnauthorizedException(),
            "broken" => throw new InvalidOperationException("The disk is on fire."),
            _ => new Run($"run-of-{groupId}-{context.Field.Name}", groupId, arguments.Count, priority),
        };
    }

    [Error(typeof(UnknownGroupException))]
    public Run CancelRun(string groupId) => throw new UnknownGroupException(groupId);

    public Session Logout() => new("ENDED");

    [UseMutationConvention(PayloadFieldName = "runId")]
    [ID]
    public string DeleteRun([ID] string runId) => runId;

    [Error(typeof(QuotaExceededException))]
    public RenamePayload Rename(string name) => name.Length == 0 ? throw new QuotaExceededException() : new(name);

    [UseMutationConvention(Disable = true)]
    public int Ping(int value) => value;
}

public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

public sealed class UnknownGroupException(string groupId) : DomainException("UNKNOWN_GROUP", $"Unknown group {groupId}.");

public sealed class UnauthorizedException() : DomainException("UNAUTHORIZED", "Sign in first.");

public sealed class QuotaExceededException() : Exception("Too many runs at once.");

internal static class ConventionSchema
{
    public static SchemaBuilder Builder() => new SchemaBuilder()
        .AddQueryType<ConventionQuery>()
        .AddMutationType<ConventionMutations>()
        .AddMutationConventions()
        .AddErrorType<DomainException>(name: "DomainError");
}

public sealed class PlainMutations
{
    public string Rename(string name) => name;
}

[ExtendObjectType("Mutation")]
public sealed class GroupMutations
{
    [Error(typeof(UnknownGroupException))]
    public Session JoinGroup(string groupId) => new(groupId);
}
