using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 3.3 Schema: a document defines at most one schema (graphql-js LoneSchemaDefinitionRule).</summary>
internal static class LoneSchemaDefinition
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        for (var i = 1; i < sdl.SchemaDefinitions.Count; i++)
        {
            problems.Add(new("Must provide only one schema definition.", sdl.SchemaDefinitions[i]));
        }
    }
}
