namespace Flowserv.GraphQL.Building;

/// <summary>
/// Marks a subscription field. Alone, on a method returning <c>IAsyncEnumerable&lt;T&gt;</c>, the method is the
/// event stream and each event is the field's value. With <see cref="With"/>, the marked method maps each
/// event (received through a <see cref="ParentAttribute"/> parameter) and the named method of the same class
/// is the event stream; the field's arguments are those of both methods.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SubscribeAttribute : Attribute
{
    /// <summary>The name of the method producing the event stream, e.g. <c>nameof(OnRunChanged)</c>.</summary>
    public string? With { get; init; }
}
