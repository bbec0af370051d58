using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Execution;

/// <summary>Spec 6.1.1 GetOperation: the operation a request names, or the only one of the document.</summary>
public static class GetOperation
{
    /// <summary>The operation to run, or null with the request error (<c>OPERATION_RESOLUTION_FAILURE</c>).</summary>
    public static OperationDefinitionNode? Find(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        OperationDefinitionNode? operation = null;
        var operationCount = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate)
            {
                continue;
            }

            operationCount++;
            if (operation is null && (operationName is null || candidate.Name?.Value == operationName))
            {
                operation = candidate;
            }
        }

        var message = operationName switch
        {
            null when operationCount == 0 => "Must provide an operation.",
            null when operationCount > 1 => "Must provide operation name if query contains multiple operations.",
            not null when operation is null => $"Unknown operation named \"{operationName}\".",
            _ => null,
        };
        error = message is null ? null : new GraphQLError(message, extensions: ErrorExtensions.Code(ErrorCodes.OperationResolutionFailure));
        return error is null ? operation : null;
    }

    /// <summary>The document's fragment definitions by name (the first of duplicates, which validation rejects).</summary>
    public static Dictionary<string, FragmentDefinitionNode> Fragments(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return fragments;
    }
}
