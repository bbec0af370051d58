using System.Linq.Expressions;
using System.Reflection;
using Flowserv.GraphQL.Building.CodeFirst;

namespace Flowserv.GraphQL.Building.Conventions;

/// <summary>How exception types name their error object types and codes by default.</summary>
internal static class ErrorNaming
{
    private const string ExceptionSuffix = "Exception";

    /// <summary>[GraphQLName], else the name with "Exception" replaced by "Error": <c>UnknownRunException</c> → <c>UnknownRunError</c>.</summary>
    public static string TypeName(Type exceptionType) =>
        exceptionType.IsDefined(typeof(GraphQLNameAttribute)) ? Naming.TypeName(exceptionType) : BaseName(exceptionType) + "Error";

    /// <summary>
    /// The exception's public string <c>Code</c> property (the usual place for stable codes), else the name in
    /// UPPER_SNAKE_CASE without "Exception": <c>UnknownRunException</c> → <c>UNKNOWN_RUN</c>. A null <c>Code</c> also gets the latter.
    /// </summary>
    public static Func<Exception, string> Code(Type exceptionType)
    {
        var fallback = Naming.UpperSnakeCase(BaseName(exceptionType));
        if (exceptionType.GetProperty("Code", BindingFlags.Public | BindingFlags.Instance) is not { PropertyType: var type, GetMethod: not null } property ||
            type != typeof(string))
        {
            return _ => fallback;
        }

        var exception = Expression.Parameter(typeof(Exception), "exception");
        var code = Expression.Coalesce(Expression.Property(Expression.Convert(exception, exceptionType), property), Expression.Constant(fallback));
        return Expression.Lambda<Func<Exception, string>>(code, exception).Compile();
    }

    private static string BaseName(Type exceptionType)
    {
        var name = Naming.TypeName(exceptionType);
        return name.Length > ExceptionSuffix.Length && name.EndsWith(ExceptionSuffix, StringComparison.Ordinal) ? name[..^ExceptionSuffix.Length] : name;
    }
}
