namespace Flowserv.GraphQL.Building.Conventions;

/// <summary>An entry of a payload's <c>errors</c>: the executor's default resolver reads its fields by name.</summary>
internal sealed record MutationError(string TypeName, string Message, string Code);
