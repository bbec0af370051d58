using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building;

/// <summary>Every binding must name something the SDL defines, so a typo fails at start-up rather than at request time.</summary>
internal static class SdlBindingChecks
{
    public static void Check(SdlBindings bindings, OrderedDictionary<string, NamedType> types, List<SchemaProblem> problems)
    {
        CheckFieldKeys("Resolver", bindings.Resolvers.Keys, types, problems);
        CheckFieldKeys("Subscriber", bindings.Subscribers.Keys, types, problems);
        foreach (var name in bindings.Scalars.Keys)
        {
            if (types.GetValueOrDefault(name) is not SdlScalarType)
            {
                problems.Add(new($"Scalar binding \"{name}\" does not match a custom scalar defined in the SDL."));
            }
        }

        foreach (var (name, values) in bindings.EnumValues)
        {
            if (types.GetValueOrDefault(name) is not EnumType enumType)
            {
                problems.Add(new($"Enum binding \"{name}\" does not match an enum defined in the SDL."));
                continue;
            }

            foreach (var valueName in values.Keys)
            {
                if (enumType.GetValue(valueName) is null)
                {
                    problems.Add(new($"Enum binding \"{name}.{valueName}\" does not match a value of enum {name}."));
                }
            }
        }

        foreach (var name in bindings.TypeResolvers.Keys)
        {
            if (types.GetValueOrDefault(name) is not (InterfaceType or UnionType))
            {
                problems.Add(new($"Type resolver binding \"{name}\" does not match an interface or union defined in the SDL."));
            }
        }
    }

    private static void CheckFieldKeys(string kind, IEnumerable<string> keys, OrderedDictionary<string, NamedType> types, List<SchemaProblem> problems)
    {
        foreach (var key in keys)
        {
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            var matches = dot > 0 &&
                types.GetValueOrDefault(key[..dot]) is ComplexType type &&
                type.GetField(key[(dot + 1)..]) is not null;
            if (!matches)
            {
                problems.Add(new($"{kind} binding \"{key}\" does not match a field of an object or interface type defined in the SDL."));
            }
        }
    }
}
