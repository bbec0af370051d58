namespace Flowserv.GraphQL.Relay;

/// <summary>
/// Makes a class's object type implement <c>Node</c> (with <c>SchemaBuilder.AddGlobalObjectIdentification</c>): its
/// <c>Id</c> member is served as a global id, and its static <see cref="NodeResolverAttribute"/> method fetches it for
/// <c>node(id:)</c> and <c>nodes(ids:)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NodeAttribute : Attribute;
