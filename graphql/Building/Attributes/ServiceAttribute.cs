namespace Flowserv.GraphQL.Building;

/// <summary>
/// Fills a resolver parameter from the request's services instead of an argument. A missing service is an
/// error, unless the parameter is nullable.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;
