namespace Flowserv.GraphQL.Building.Conventions;

/// <summary>Exceptions of <see cref="ExceptionType"/> (and its subclasses) become errors of the object type <see cref="TypeName"/>.</summary>
internal sealed record ErrorMapping(Type ExceptionType, string TypeName, Func<Exception, string> Code)
{
    public MutationError ToError(Exception exception) => new(TypeName, exception.Message, Code(exception));
}
