using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 3.4 Types: all types within a schema have unique names.</summary>
internal static class UniqueTypeNames
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        var known = new Dictionary<string, NameNode>();
        foreach (var type in sdl.TypeDefinitions)
        {
            if (!known.TryAdd(type.Name.Value, type.Name))
            {
                problems.Add(new($"There can be only one type named \"{type.Name.Value}\".", [known[type.Name.Value], type.Name]) { ReportedAt = type });
            }
        }
    }
}
