namespace Flowserv.GraphQL.Building;

/// <summary>Fills a resolver parameter with the parent object (or, in a subscription, the event) instead of an argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;
