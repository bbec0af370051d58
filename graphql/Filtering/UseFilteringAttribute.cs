namespace Flowserv.GraphQL.Filtering;

/// <summary>
/// Adds <c>where: XFilterInput</c> to a field returning <c>IQueryable&lt;X&gt;</c> or <c>IEnumerable&lt;X&gt;</c>; the
/// filter is applied to the returned sequence as a <c>Where</c> an EF Core provider translates to SQL. The filterable
/// members are X's scalar and enum properties, or those chosen with <c>SchemaBuilder.ConfigureFiltering</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class UseFilteringAttribute : Attribute;
