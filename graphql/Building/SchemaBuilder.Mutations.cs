using Flowserv.GraphQL.Building.Conventions;

namespace Flowserv.GraphQL.Building;

/// <summary>HotChocolate's mutation conventions: one input object, one payload with typed <c>errors</c>.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Mutations (all of them, or with <paramref name="applyToAllMutations"/> false those marked
    /// [UseMutationConvention] or [Error]) take their arguments as one <c>input: XInput!</c> (none when they have
    /// no arguments) and return <c>XPayload!</c>, holding the result (named after its type, camelCased) and
    /// <c>errors: [Error!]</c>. A class already named "…Payload" is the payload itself and gains <c>errors</c>; its
    /// other fields must be nullable, since a failed mutation has no instance to read them from. Exceptions
    /// declared with [Error] or <see cref="AddErrorType{TException}"/> become error objects implementing the
    /// <paramref name="errorInterfaceName"/> interface (<c>message: String!</c>, <c>code: String!</c>); other
    /// exceptions stay GraphQL errors.
    /// </summary>
    /// <example>
    /// <c>Task&lt;Run&gt; StartRunAsync(string groupId)</c> becomes
    /// <c>startRun(input: StartRunInput!): StartRunPayload!</c> with <c>type StartRunPayload { run: Run errors: [Error!] }</c>.
    /// </example>
    public SchemaBuilder AddMutationConventions(bool applyToAllMutations = true, string errorInterfaceName = "Error")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorInterfaceName);
        registrations.MutationConventions.ApplyToAllMutations = applyToAllMutations;
        registrations.MutationConventions.ErrorInterfaceName = errorInterfaceName;
        return this;
    }

    /// <summary>
    /// Documents the mutation conventions' error interface: <paramref name="description"/> on the interface, and
    /// <paramref name="codeDescription"/> on the <c>code</c> field of the interface and of every error type (e.g. the
    /// codes clients can expect).
    /// </summary>
    public SchemaBuilder DescribeErrors(string description, string? codeDescription = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        registrations.MutationConventions.ErrorInterfaceDescription = description;
        registrations.MutationConventions.ErrorCodeDescription = codeDescription;
        return this;
    }

    /// <summary>
    /// Every convention mutation reports <typeparamref name="TException"/> and its subclasses (unless one declares a
    /// more specific type) as an error object named <paramref name="name"/>, by default after the exception
    /// (<c>UnknownRunException</c> → <c>UnknownRunError</c>, or its [GraphQLName]). Its <c>code</c> is
    /// <paramref name="code"/>, else the exception's string <c>Code</c> property, else the UPPER_SNAKE_CASE name
    /// (<c>UNKNOWN_RUN</c>). Registering a base exception maps a whole family to one type.
    /// </summary>
    /// <example><c>builder.AddErrorType&lt;DomainException&gt;(e =&gt; e.Code, "DomainError")</c></example>
    public SchemaBuilder AddErrorType<TException>(Func<TException, string>? code = null, string? name = null)
        where TException : Exception
    {
        registrations.MutationConventions.ErrorTypes.Add(new(typeof(TException), code is null ? null : exception => code((TException)exception), name));
        return this;
    }
}
