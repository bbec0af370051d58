using System.Reflection;

namespace Flowserv.GraphQL.Sorting;

/// <summary>One sortable member: its input field name and the property ordered by.</summary>
internal sealed record SortField(string Name, PropertyInfo Property);
