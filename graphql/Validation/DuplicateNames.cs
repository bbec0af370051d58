using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation;

/// <summary>Finds names given more than once in a list (arguments, variables), without allocating when all are distinct.</summary>
internal static class DuplicateNames
{
    /// <summary>
    /// Calls <paramref name="report"/> once per repeated name, in order of first appearance, with every
    /// name node that spells it.
    /// </summary>
    public static void Report<TItem>(
        IReadOnlyList<TItem> items,
        Func<TItem, NameNode> nameOf,
        ValidationContext context,
        Action<ValidationContext, string, SyntaxNode[]> report)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var name = nameOf(items[i]).Value;
            if (IsNameBefore(items, nameOf, name, i))
            {
                continue;
            }

            List<SyntaxNode>? repeats = null;
            for (var j = i + 1; j < items.Count; j++)
            {
                if (nameOf(items[j]).Value == name)
                {
                    repeats ??= [nameOf(items[i])];
                    repeats.Add(nameOf(items[j]));
                }
            }

            if (repeats is not null)
            {
                report(context, name, [.. repeats]);
            }
        }
    }

    private static bool IsNameBefore<TItem>(IReadOnlyList<TItem> items, Func<TItem, NameNode> nameOf, string name, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (nameOf(items[i]).Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
