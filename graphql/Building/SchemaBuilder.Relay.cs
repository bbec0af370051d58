using System.Linq.Expressions;
using System.Reflection;

namespace Flowserv.GraphQL.Building;

/// <summary>Relay global object identification, and which members <c>where</c> and <c>order</c> inputs offer.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Adds the <c>Node</c> interface and the <c>node(id:)</c>/<c>nodes(ids:)</c> query fields. Classes marked
    /// [Node] implement <c>Node</c>: their <c>Id</c> is served as a global id (<see cref="Relay.GlobalId"/>), and their
    /// static [NodeResolver] method loads them by raw id.
    /// </summary>
    public SchemaBuilder AddGlobalObjectIdentification()
    {
        registrations.Relay.GlobalObjectIdentification = true;
        return this;
    }

    /// <summary>The members <c>XFilterInput</c> offers for <typeparamref name="T"/>, in this order, instead of all its scalar and enum properties.</summary>
    /// <example><c>builder.ConfigureFiltering&lt;Run&gt;(run =&gt; run.State, run =&gt; run.CreatedAt)</c></example>
    public SchemaBuilder ConfigureFiltering<T>(params Expression<Func<T, object?>>[] members)
    {
        registrations.Relay.FilterFields[typeof(T)] = Properties(members);
        return this;
    }

    /// <summary>The members <c>XSortInput</c> offers for <typeparamref name="T"/>, in this order, instead of all its scalar and enum properties.</summary>
    public SchemaBuilder ConfigureSorting<T>(params Expression<Func<T, object?>>[] members)
    {
        registrations.Relay.SortFields[typeof(T)] = Properties(members);
        return this;
    }

    private static PropertyInfo[] Properties<T>(Expression<Func<T, object?>>[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Select(member => (member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body) is MemberExpression
        {
            Member: PropertyInfo property, Expression: ParameterExpression,
        }
            ? property
            : throw new ArgumentException($"\"{member}\" must select a property of {typeof(T).Name}, e.g. x => x.Name.", nameof(members))).ToArray();
    }
}
