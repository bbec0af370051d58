namespace Flowserv.GraphQL.Sorting;

/// <summary>
/// Adds <c>order: [XSortInput!]</c> to a field returning <c>IQueryable&lt;X&gt;</c> or <c>IEnumerable&lt;X&gt;</c>; the
/// entries are applied in list order as OrderBy/ThenBy. The sortable members are X's scalar and enum properties, or
/// those chosen with <c>SchemaBuilder.ConfigureSorting</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class UseSortingAttribute : Attribute;
