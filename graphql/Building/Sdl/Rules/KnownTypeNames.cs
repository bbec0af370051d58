using Flowserv.GraphQL.Utilities;
using Flowserv.GraphQL.Introspection;
using Flowserv.GraphQL.Types.Scalars;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Every referenced type is defined in the document or is a built-in scalar or introspection type.</summary>
internal static class KnownTypeNames
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        var standardNames = StandardTypeNames();
        foreach (var reference in SdlWalker.TypeReferences(sdl.Document))
        {
            var name = reference.Name.Value;
            if (sdl.TypesByName.ContainsKey(name) || standardNames.Contains(name))
            {
                continue;
            }

            var suggestions = Suggestions.List(name, standardNames.Concat(sdl.TypeDefinitions.Select(type => type.Name.Value)));
            problems.Add(new($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), reference));
        }
    }

    public static string[] StandardTypeNames() =>
        BuiltInScalars.All.Select(type => type.Name).Concat(IntrospectionTypes.All.Select(type => type.Name)).ToArray();
}
