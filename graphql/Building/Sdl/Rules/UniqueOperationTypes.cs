using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 3.3.1: each operation has at most one root type across the schema and its extensions.</summary>
internal static class UniqueOperationTypes
{
    public static void Check(SdlDocument sdl, List<SchemaProblem> problems)
    {
        var defined = new Dictionary<OperationType, OperationTypeDefinitionNode>();
        foreach (var definition in sdl.Document.Definitions)
        {
            var operationTypes = definition switch
            {
                SchemaDefinitionNode schema => schema.OperationTypes,
                SchemaExtensionNode extension => extension.OperationTypes,
                _ => [],
            };
            foreach (var operationType in operationTypes)
            {
                if (!defined.TryAdd(operationType.Operation, operationType))
                {
                    problems.Add(new(
                        $"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.",
                        [defined[operationType.Operation], operationType])
                    {
                        ReportedAt = definition,
                    });
                }
            }
        }
    }
}
