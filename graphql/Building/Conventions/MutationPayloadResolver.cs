using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Building.Conventions;

/// <summary>
/// Wraps a mutation's resolver: its result becomes the payload's data field, and an exception of a declared type
/// becomes the payload's <c>errors</c>. Payloads are maps, which the executor's default resolver reads by field name.
/// </summary>
internal sealed class MutationPayloadResolver(FieldResolver resolver, string dataFieldName, ErrorMapping[] errors)
{
    public const string ErrorsFieldName = "errors";

    public ValueTask<object?> Resolve(IResolverContext context)
    {
        ValueTask<object?> pending;
        try
        {
            pending = resolver(context);
        }
        catch (Exception exception) when (Failure(exception) is { } failure)
        {
            return new(failure);
        }

        return pending.IsCompletedSuccessfully ? new(Success(pending.Result)) : AwaitAsync(pending);
    }

    private async ValueTask<object?> AwaitAsync(ValueTask<object?> pending)
    {
        try
        {
            return Success(await pending.ConfigureAwait(false));
        }
        catch (Exception exception) when (Failure(exception) is { } failure)
        {
            return failure;
        }
    }

    private Dictionary<string, object?> Success(object? value) => new(1) { [dataFieldName] = value };

    /// <summary>The payload reporting <paramref name="exception"/>, or null when no declared type matches (mappings are most derived first).</summary>
    private Dictionary<string, object?>? Failure(Exception exception)
    {
        foreach (var mapping in errors)
        {
            if (mapping.ExceptionType.IsInstanceOfType(exception))
            {
                return new(1) { [ErrorsFieldName] = new[] { mapping.ToError(exception) } };
            }
        }

        return null;
    }
}
