using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// Coerces the request's variables to the operation's variable definitions (spec 6.1.2
/// CoerceVariableValues). Every failure is a request error with <c>BAD_USER_INPUT</c>, located at the
/// variable definition and worded as graphql-js words it.
/// </summary>
public static class VariableValues
{
    private const int MaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>The coerced values by variable name, or the request errors when some variable is invalid.</summary>
    public static bool TryCoerce(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyDictionary<string, object?> values,
        out IReadOnlyList<GraphQLError> errors)
    {
        values = None;
        errors = [];
        if (operation.VariableDefinitions.Count == 0)
        {
            return true;
        }

        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count);
        var found = new List<GraphQLError>();
        var coercionErrors = new List<InputCoercionError>();
        foreach (var definition in operation.VariableDefinitions)
        {
            CoerceVariable(schema, definition, inputs, coerced, coercionErrors, found);
            if (found.Count >= MaxErrors)
            {
                found.Add(new GraphQLError(
                    "Too many errors processing variables, error limit reached. Execution aborted.",
                    extensions: ErrorExtensions.Code(ErrorCodes.BadUserInput)));
                break;
            }
        }

        if (found.Count > 0)
        {
            errors = found;
            return false;
        }

        values = coerced;
        return true;
    }

    private static void CoerceVariable(
        GraphQLSchema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced,
        List<InputCoercionError> coercionErrors,
        List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeReferences.FromNode(schema, definition.Type);
        if (type is null || !type.IsInputType())
        {
            var typeText = Language.AstPrinter.Print(definition.Type);
            errors.Add(Error(definition, $"Variable \"${name}\" expected value of type \"{typeText}\" which cannot be used as an input type."));
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out var input))
        {
            if (definition.DefaultValue is not null)
            {
                coerced[name] = ValueFromLiteral.Coerce(definition.DefaultValue, type, null);
            }
            else if (type is NonNullType)
            {
                errors.Add(Error(definition, $"Variable \"${name}\" of required type \"{type}\" was not provided."));
            }

            return;
        }

        if (input is null && type is NonNullType)
        {
            errors.Add(Error(definition, $"Variable \"${name}\" of non-null type \"{type}\" must not be null."));
            return;
        }

        coercionErrors.Clear();
        var value = InputValueCoercion.Coerce(input, type, null, coercionErrors);
        if (coercionErrors.Count == 0)
        {
            coerced[name] = value;
            return;
        }

        foreach (var error in coercionErrors)
        {
            var at = error.Path is null ? string.Empty : $" at \"{name}{InputPath.Print(error.Path)}\"";
            errors.Add(Error(definition, $"Variable \"${name}\" got invalid value {ValueDisplay.Format(error.InvalidValue)}{at}; {error.Message}"));
        }
    }

    private static GraphQLError Error(VariableDefinitionNode definition, string message) =>
        new(message, ErrorLocations.Of(definition), extensions: ErrorExtensions.Code(ErrorCodes.BadUserInput));
}
