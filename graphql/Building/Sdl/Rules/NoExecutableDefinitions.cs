using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>A schema document holds type-system definitions only; operations and fragments belong in requests.</summary>
internal static class NoExecutableDefinitions
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        foreach (var definition in sdl.ExecutableDefinitions)
        {
            var what = definition switch
            {
                OperationDefinitionNode { Name: null } operation => $"an anonymous {Keyword(operation.Operation)} operation",
                OperationDefinitionNode operation => $"the {Keyword(operation.Operation)} operation \"{operation.Name.Value}\"",
                FragmentDefinitionNode fragment => $"the fragment \"{fragment.Name.Value}\"",
                _ => "an executable definition",
            };
            problems.Add(new($"A schema document may only contain type system definitions, but it contains {what}.", definition));
        }
    }

    private static string Keyword(OperationType operation) => operation.ToString().ToLowerInvariant();
}
