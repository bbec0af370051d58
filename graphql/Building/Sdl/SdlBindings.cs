using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Building;

/// <summary>
/// The code behind a schema written in SDL. Every key must name something the SDL defines;
/// <see cref="SchemaBuilder.FromSdl(string, SdlBindings?)"/> reports bindings that match nothing.
/// </summary>
/// <example>
/// <code>
/// var bindings = new SdlBindings
/// {
///     Resolvers = { ["Query.hello"] = _ => ValueTask.FromResult&lt;object?&gt;("world") },
///     Scalars = { ["DateTime"] = new MyDateTimeScalar() },
///     EnumValues = { ["Color"] = new Dictionary&lt;string, object&gt; { ["RED"] = ConsoleColor.Red } },
/// };
/// </code>
/// </example>
public sealed class SdlBindings
{
    /// <summary>Field resolvers keyed by <c>"Type.field"</c>; fields without one use the default resolver.</summary>
    public Dictionary<string, FieldResolver> Resolvers { get; } = [];

    /// <summary>Source-stream resolvers of subscription fields, keyed by <c>"Type.field"</c>.</summary>
    public Dictionary<string, SubscribeResolver> Subscribers { get; } = [];

    /// <summary>
    /// Coercion of custom scalars, keyed by the scalar's SDL name. The SDL keeps the name, description and
    /// <c>@specifiedBy</c>; unbound custom scalars pass values through unchanged.
    /// </summary>
    public Dictionary<string, ScalarType> Scalars { get; } = [];

    /// <summary>Runtime values of enum values, keyed by enum name and then value name; unbound values are their names.</summary>
    public Dictionary<string, IReadOnlyDictionary<string, object>> EnumValues { get; } = [];

    /// <summary>Runtime type resolution of interfaces and unions, keyed by the abstract type's name.</summary>
    public Dictionary<string, ResolveAbstractType> TypeResolvers { get; } = [];
}
