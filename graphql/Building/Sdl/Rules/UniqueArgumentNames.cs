using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 5.4.2 applied to SDL: a directive is given each argument at most once.</summary>
internal static class UniqueArgumentNames
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        foreach (var applied in SdlWalker.Directives(sdl.Document))
        {
            foreach (var (name, nodes) in SdlNames.Duplicates(applied.Directive.Arguments.Select(argument => argument.Name)))
            {
                problems.Add(new($"There can be only one argument named \"{name}\".", nodes) { ReportedAt = applied.Directive });
            }
        }
    }
}
