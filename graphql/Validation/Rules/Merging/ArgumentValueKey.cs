using System.Runtime.CompilerServices;
using System.Text;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules.Merging;

/// <summary>
/// A canonical text for an argument value: equal for values graphql-js considers the same (object fields in any
/// order) and different otherwise, including literals of different kinds with the same text (1 vs 1.0,
/// "A" vs A) and block vs quoted strings.
/// </summary>
internal static class ArgumentValueKey
{
    public static string Of(ValueNode value) => value switch
    {
        // The common cases need no builder.
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode integer => "I" + integer.Value,
        EnumValueNode enumValue => "E" + enumValue.Value,
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        _ => Append(new StringBuilder(), value).ToString(),
    };

    private static StringBuilder Append(StringBuilder builder, ValueNode value)
    {
        // Lists and objects recurse per nesting level; a literal nested deep enough to exhaust the stack aborts the check.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new MergingCheckAbortedException();
        }

        switch (value)
        {
            case VariableNode variable:
                return builder.Append('$').Append(variable.Name.Value);
            case IntValueNode integer:
                return builder.Append('I').Append(integer.Value);
            case FloatValueNode number:
                return builder.Append('F').Append(number.Value);
            case StringValueNode text:
                return builder.Append(text.Block ? 'B' : 'S').Append(AstPrinter.PrintString(text.Value));
            case BooleanValueNode boolean:
                return builder.Append(boolean.Value ? "true" : "false");
            case NullValueNode:
                return builder.Append("null");
            case EnumValueNode enumValue:
                return builder.Append('E').Append(enumValue.Value);
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    Append(i == 0 ? builder : builder.Append(','), list.Values[i]);
                }

                return builder.Append(']');
            case ObjectValueNode obj:
                builder.Append('{');
                var first = true;

                // A stable sort, so repeated field names (an InputObjectFieldUniqueness error) keep their order as in graphql-js.
                foreach (var field in obj.Fields.Order(FieldNameOrder.Instance))
                {
                    Append((first ? builder : builder.Append(',')).Append(field.Name.Value).Append(':'), field.Value);
                    first = false;
                }

                return builder.Append('}');
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown value kind.");
        }
    }

    private sealed class FieldNameOrder : IComparer<ObjectFieldNode>
    {
        public static readonly FieldNameOrder Instance = new();

        public int Compare(ObjectFieldNode? x, ObjectFieldNode? y) => string.CompareOrdinal(x!.Name.Value, y!.Name.Value);
    }
}
