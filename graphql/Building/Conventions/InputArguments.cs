using System.Linq.Expressions;
using Flowserv.GraphQL.Building.CodeFirst;
using Flowserv.GraphQL.Execution;

namespace Flowserv.GraphQL.Building.Conventions;

/// <summary>
/// Points compiled parameter expressions at the fields of the <c>input</c> argument instead of the field's arguments,
/// so a convention mutation's method keeps its parameters and still reads nothing by reflection per request.
/// </summary>
internal sealed class InputArguments : ExpressionVisitor
{
    public const string ArgumentName = "input";

    private static readonly InputArguments Instance = new();

    private static readonly Expression InputFields = Expression.Convert(
        Expression.Call(typeof(InputConversions).GetMethod(nameof(InputConversions.Entry))!, ResolverCompiler.Arguments, Expression.Constant(ArgumentName)),
        typeof(IReadOnlyDictionary<string, object?>));

    public static Expression[] Read(Expression[] values) => Array.ConvertAll(values, value => Instance.Visit(value));

    protected override Expression VisitMember(MemberExpression node) =>
        node.Expression == ResolverCompiler.Context && node.Member.Name == nameof(IResolverContext.Arguments) ? InputFields : base.VisitMember(node);
}
