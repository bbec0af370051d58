using Flowserv.GraphQL.Utilities;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 5.4.1 applied to SDL: arguments given to a known directive are defined by it.</summary>
internal static class KnownArgumentNamesOnDirectives
{
    public static void Check(SdlDocument sdl, Dictionary<string, KnownDirective> directives, List<SchemaProblem> problems)
    {
        foreach (var applied in SdlWalker.Directives(sdl.Document))
        {
            var name = applied.Directive.Name.Value;
            if (!directives.TryGetValue(name, out var known))
            {
                continue;
            }

            foreach (var argument in applied.Directive.Arguments)
            {
                if (!known.ArgumentNames.Contains(argument.Name.Value))
                {
                    var suggestions = Suggestions.List(argument.Name.Value, known.ArgumentNames);
                    problems.Add(new($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." + Suggestions.DidYouMean(suggestions), argument)
                    {
                        ReportedAt = applied.Directive,
                    });
                }
            }
        }
    }
}
