using Flowserv.GraphQL.Building.Rules;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building;

/// <summary>
/// The document-level checks graphql-js runs before building a schema from SDL (its
/// <c>specifiedSDLRules</c>, reported in the same order), plus the rejection of executable definitions.
/// </summary>
internal static class SdlValidator
{
    public static List<SchemaProblem> Validate(SdlDocument sdl)
    {
        var problems = new List<SchemaProblem>();
        var directives = SdlDirectiveCatalog.Build(sdl);
        NoExecutableDefinitions.Check(sdl, problems);
        LoneSchemaDefinition.Check(sdl, problems);
        UniqueOperationTypes.Check(sdl, problems);
        UniqueTypeNames.Check(sdl, problems);
        UniqueEnumValueNames.Check(sdl, problems);
        UniqueFieldDefinitionNames.Check(sdl, problems);
        UniqueArgumentDefinitionNames.Check(sdl, problems);
        UniqueDirectiveNames.Check(sdl, problems);
        KnownTypeNames.Check(sdl, problems);
        KnownDirectives.Check(sdl, directives, problems);
        UniqueDirectivesPerLocation.Check(sdl, directives, problems);
        PossibleTypeExtensions.Check(sdl, problems);
        KnownArgumentNamesOnDirectives.Check(sdl, directives, problems);
        UniqueArgumentNames.Check(sdl, problems);
        UniqueInputFieldNames.Check(sdl, problems);
        ProvidedRequiredArgumentsOnDirectives.Check(sdl, directives, problems);

        // graphql-js runs all rules in one walk over the document; a stable sort by the visited node's
        // position restores that order from the rule-by-rule lists.
        return problems.OrderBy(problem => problem.VisitOffset).ToList();
    }
}
