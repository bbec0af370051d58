using System.Reflection;

namespace Flowserv.GraphQL.Filtering;

/// <summary>
/// One filterable member: its input field name, the property compared, its kind, and for ID members holding raw ids
/// of a node type, that type's name (filter values are global ids of it).
/// </summary>
internal sealed record FilterField(string Name, PropertyInfo Property, FilterKind Kind, string? GlobalIdType);
