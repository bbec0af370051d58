namespace Flowserv.GraphQL.Building;

/// <summary>
/// Gives one mutation HotChocolate's mutation convention, <c>x(input: XInput!): XPayload!</c> (see
/// <see cref="SchemaBuilder.AddMutationConventions"/>), or with <see cref="Disable"/> exempts it from a schema-wide one.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UseMutationConventionAttribute : Attribute
{
    /// <summary>The payload field holding the result, instead of the camelCased name of the result's type.</summary>
    public string? PayloadFieldName { get; init; }

    /// <summary>Keeps the mutation's plain arguments and result although <see cref="SchemaBuilder.AddMutationConventions"/> applies to all.</summary>
    public bool Disable { get; init; }
}
