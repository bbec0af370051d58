namespace Flowserv.GraphQL.Building.Conventions;

/// <summary>
/// The payload of a mutation that reported errors: holds only <c>errors</c>. A distinct type, so resolvers of a
/// payload class's own members can tell it from an instance of the class.
/// </summary>
internal sealed class FailedPayload : Dictionary<string, object?>;
