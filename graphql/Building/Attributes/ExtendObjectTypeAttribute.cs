namespace Flowserv.GraphQL.Building;

/// <summary>
/// Declares a class whose public members are added as fields to another object type, so a schema can be
/// organised by feature. The class is instantiated like a root type; resolvers receive the extended object
/// through a <see cref="ParentAttribute"/> parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    /// <summary>Extends the type the CLR type <paramref name="type"/> maps to (e.g. the class given to AddQueryType).</summary>
    public ExtendObjectTypeAttribute(Type type)
    {
        Type = type;
    }

    /// <summary>Extends the type named <paramref name="name"/>; "Query", "Mutation" and "Subscription" exist even without a root class.</summary>
    public ExtendObjectTypeAttribute(string name)
    {
        Name = name;
    }

    public Type? Type { get; }

    public string? Name { get; }
}
