namespace Flowserv.GraphQL.Building;

/// <summary>
/// A mutation reports exceptions of <see cref="ExceptionType"/> (and its subclasses) as a typed error in its payload's
/// <c>errors</c> instead of as a GraphQL error; implies the mutation convention (see <see cref="SchemaBuilder.AddErrorType{TException}"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ErrorAttribute(Type exceptionType) : Attribute
{
    public Type ExceptionType { get; } = exceptionType;
}
