namespace Flowserv.GraphQL.Relay;

/// <summary>
/// Marks the public static method of a <see cref="NodeAttribute"/> class that loads an instance by raw id: its first
/// parameter is the raw id (a string); the others are filled like a resolver's request values (context, cancellation
/// token, [Service], context values). It returns the instance or null, possibly through a Task or ValueTask.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class NodeResolverAttribute : Attribute;
