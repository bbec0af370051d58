using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 3.13 Directives: directive names are unique.</summary>
internal static class UniqueDirectiveNames
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        var known = new Dictionary<string, NameNode>();
        foreach (var directive in sdl.DirectiveDefinitions)
        {
            if (!known.TryAdd(directive.Name.Value, directive.Name))
            {
                problems.Add(new($"There can be only one directive named \"@{directive.Name.Value}\".", [known[directive.Name.Value], directive.Name])
                {
                    ReportedAt = directive,
                });
            }
        }
    }
}
