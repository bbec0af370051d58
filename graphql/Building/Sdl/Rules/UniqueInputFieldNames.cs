using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 5.6.3 applied to SDL: an input object literal gives each field at most once.</summary>
internal static class UniqueInputFieldNames
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        foreach (var value in SdlWalker.Values(sdl.Document))
        {
            if (value is not ObjectValueNode obj)
            {
                continue;
            }

            var known = new Dictionary<string, NameNode>();
            foreach (var field in obj.Fields)
            {
                if (!known.TryAdd(field.Name.Value, field.Name))
                {
                    problems.Add(new($"There can be only one input field named \"{field.Name.Value}\".", [known[field.Name.Value], field.Name])
                    {
                        ReportedAt = field,
                    });
                }
            }
        }
    }
}
