using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using Flowserv.GraphQL.Relay;

namespace Flowserv.GraphQL.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> value into a predicate over the members of one CLR type. Only what EF Core translates is
/// produced: ==, !=, comparisons, <c>Enumerable.Contains</c> on a constant array, <c>string.Contains</c>/<c>StartsWith</c>,
/// combined with &amp;&amp;, || and !. Every entry of one input object must hold (and); <c>or</c> needs one of its list.
/// </summary>
internal sealed class FilterDefinition(IReadOnlyList<FilterField> fields)
{
    private static readonly Expression True = Expression.Constant(true);
    private readonly Dictionary<string, FilterField> byName = fields.ToDictionary(field => field.Name);

    public IReadOnlyList<FilterField> Fields { get; } = fields;

    public Expression<Func<T, bool>> Predicate<T>(IReadOnlyDictionary<string, object?> where)
    {
        var item = Expression.Parameter(typeof(T), "item");
        return Expression.Lambda<Func<T, bool>>(Object(item, where), item);
    }

    private Expression Object(ParameterExpression item, IReadOnlyDictionary<string, object?> where)
    {
        var conditions = new List<Expression>();
        foreach (var (name, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            conditions.Add(name switch
            {
                FilterOperations.And => All(Objects(item, value)),
                FilterOperations.Or => Objects(item, value).Aggregate((Expression?)null, (any, next) => any is null ? next : Expression.OrElse(any, next)) ?? True,
                _ => Member(item, byName[name], (IReadOnlyDictionary<string, object?>)value),
            });
        }

        return All(conditions);
    }

    private IEnumerable<Expression> Objects(ParameterExpression item, object list) =>
        ((IEnumerable)list).Cast<IReadOnlyDictionary<string, object?>>().Select(where => Object(item, where));

    private static Expression All(IEnumerable<Expression> conditions) =>
        conditions.Aggregate((Expression?)null, (all, next) => all is null ? next : Expression.AndAlso(all, next)) ?? True;

    private static Expression Member(ParameterExpression item, FilterField field, IReadOnlyDictionary<string, object?> operations)
    {
        var member = Expression.Property(item, field.Property);
        var conditions = new List<Expression>();
        foreach (var (operation, operand) in operations)
        {
            conditions.Add(operation switch
            {
                "eq" => Equality(member, field, operand, equal: true),
                "neq" => Equality(member, field, operand, equal: false),
                "in" => In(member, field, operand),
                "nin" => Expression.Not(In(member, field, operand)),
                "contains" => StringCall(member, nameof(string.Contains), operand),
                "startsWith" => StringCall(member, nameof(string.StartsWith), operand),
                "gt" => Comparison(Expression.GreaterThan, member, field, operand),
                "gte" => Comparison(Expression.GreaterThanOrEqual, member, field, operand),
                "lt" => Comparison(Expression.LessThan, member, field, operand),
                _ => Comparison(Expression.LessThanOrEqual, member, field, operand),
            });
        }

        return All(conditions);
    }

    /// <summary>Null compares as SQL's IS NULL does; a member that cannot be null is never equal to null.</summary>
    private static Expression Equality(MemberExpression member, FilterField field, object? operand, bool equal)
    {
        var canBeNull = !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null;
        if (operand is null && !canBeNull)
        {
            return Expression.Constant(!equal);
        }

        var constant = Constant(member, field, operand);
        return equal ? Expression.Equal(member, constant) : Expression.NotEqual(member, constant);
    }

    private static Expression In(MemberExpression member, FilterField field, object? operand)
    {
        if (operand is null)
        {
            return True;
        }

        var values = ((IEnumerable)operand).Cast<object?>().Select(value => Value(member.Type, field, value)).ToArray();
        var array = Array.CreateInstance(member.Type, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            array.SetValue(values[i], i);
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Expression.Constant(array), member);
    }

    private static Expression StringCall(MemberExpression member, string method, object? operand) =>
        operand is string text ? Expression.Call(member, typeof(string).GetMethod(method, [typeof(string)])!, Expression.Constant(text)) : True;

    private static Expression Comparison(Func<Expression, Expression, BinaryExpression> compare, MemberExpression member, FilterField field, object? operand) =>
        operand is null ? True : compare(member, Constant(member, field, operand));

    private static ConstantExpression Constant(MemberExpression member, FilterField field, object? operand) =>
        Expression.Constant(Value(member.Type, field, operand), member.Type);

    /// <summary>A coerced input value as a value of the member's type (e.g. a DateTime input for a DateTime member, a raw id for a global id).</summary>
    private static object? Value(Type memberType, FilterField field, object? value)
    {
        var target = Nullable.GetUnderlyingType(memberType) ?? memberType;
        return value switch
        {
            null => null,
            string id when field.GlobalIdType is { } typeName => GlobalId.Parse(id, typeName),
            DateTimeOffset instant when target == typeof(DateTime) => instant.UtcDateTime,
            _ when target.IsInstanceOfType(value) => value,
            _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
        };
    }
}
