using System.Reflection;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// The schema attributes of a member, also read from its twin: the positional-record constructor parameter of a
/// property (where C# puts attributes written on record parameters) or the property of such a parameter.
/// </summary>
internal sealed class MemberMetadata(ICustomAttributeProvider member, ICustomAttributeProvider? twin = null)
{
    public ICustomAttributeProvider Member { get; } = member;

    public string? Name => Get<GraphQLNameAttribute>()?.Name;

    public string? Description => Get<GraphQLDescriptionAttribute>()?.Description;

    public string? DeprecationReason => Get<GraphQLDeprecatedAttribute>()?.Reason;

    public Type? TypeOverride => Get<GraphQLTypeAttribute>()?.Type;

    public bool IsNonNull => Has<GraphQLNonNullAttribute>();

    public bool Has<T>()
        where T : Attribute => Member.IsDefined(typeof(T), true) || twin?.IsDefined(typeof(T), true) == true;

    public T? Get<T>()
        where T : Attribute =>
        Member.GetCustomAttributes(typeof(T), true) is [T found, ..] ? found
        : twin?.GetCustomAttributes(typeof(T), true) is [T twinFound, ..] ? twinFound
        : null;

    /// <summary>The metadata of a property, with the positional-record parameter of the same name and type.</summary>
    public static MemberMetadata Of(MemberInfo member) => new(member, member is PropertyInfo property ? RecordParameter(property) : null);

    private static ParameterInfo? RecordParameter(PropertyInfo property)
    {
        foreach (var constructor in property.DeclaringType!.GetConstructors())
        {
            foreach (var parameter in constructor.GetParameters())
            {
                if (parameter.Name == property.Name && parameter.ParameterType == property.PropertyType)
                {
                    return parameter;
                }
            }
        }

        return null;
    }
}
