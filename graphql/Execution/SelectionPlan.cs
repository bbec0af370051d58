using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>
/// The collected fields of one selection on one object type, resolved against the schema once per
/// request and shared by every object of that type the selection is completed with.
/// </summary>
internal sealed class SelectionPlan
{
    private SelectionPlan(string[] keys, FieldPlan[] fields)
    {
        Keys = keys;
        Fields = fields;
    }

    /// <summary>Response keys in selection order; fields the type does not define are left out, as graphql-js does.</summary>
    public string[] Keys { get; }

    public FieldPlan[] Fields { get; }

    public static SelectionPlan Create(ExecutionContext context, ObjectType objectType, OrderedDictionary<string, List<FieldNode>> collected)
    {
        var keys = new List<string>(collected.Count);
        var fields = new List<FieldPlan>(collected.Count);
        foreach (var (key, nodes) in collected)
        {
            var definition = Introspection.MetaFields.Find(context.Schema, objectType, nodes[0].Name.Value);
            if (definition is not null)
            {
                keys.Add(key);
                fields.Add(new FieldPlan(key, nodes, definition, objectType));
            }
        }

        return new SelectionPlan(keys.ToArray(), fields.ToArray());
    }
}
