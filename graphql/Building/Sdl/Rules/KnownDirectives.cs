using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 5.7.1 and 5.7.2 applied to SDL: directives are defined and used where their definition allows.</summary>
internal static class KnownDirectives
{
    public static void Check(SdlDocument sdl, Dictionary<string, KnownDirective> directives, List<SchemaProblem> problems)
    {
        foreach (var applied in SdlWalker.Directives(sdl.Document))
        {
            var name = applied.Directive.Name.Value;
            if (!directives.TryGetValue(name, out var known))
            {
                problems.Add(new($"Unknown directive \"@{name}\".", applied.Directive));
            }
            else if (!known.Locations.Contains(applied.Location.ToName()))
            {
                problems.Add(new($"Directive \"@{name}\" may not be used on {applied.Location.ToName()}.", applied.Directive));
            }
        }
    }
}
