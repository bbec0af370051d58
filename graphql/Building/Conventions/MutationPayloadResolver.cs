using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Building.Conventions;

/// <summary>
/// Wraps a mutation's resolver: its result becomes the payload's data field (or is the payload, without
/// <paramref name="dataFieldName"/>), and an exception of a declared type becomes a <see cref="FailedPayload"/>.
/// Generated payloads are maps, which the executor's default resolver reads by field name.
/// </summary>
internal sealed class MutationPayloadResolver(FieldResolver resolver, string? dataFieldName, ErrorMapping[] errors)
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

    private object? Success(object? value) => dataFieldName is null ? value : new Dictionary<string, object?>(1) { [dataFieldName] = value };

    /// <summary>The payload reporting <paramref name="exception"/>, or null when no declared type matches (mappings are most derived first).</summary>
    private FailedPayload? Failure(Exception exception)
    {
        foreach (var mapping in errors)
        {
            if (mapping.ExceptionType.IsInstanceOfType(exception))
            {
                return new FailedPayload { [ErrorsFieldName] = new[] { mapping.ToError(exception) } };
            }
        }

        return null;
    }
}
