namespace Flowserv.GraphQL.Building;

/// <summary>Marks an integer argument (e.g. <c>first</c>) whose value multiplies the cost of the field's selection.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class CostMultiplierAttribute : Attribute;
