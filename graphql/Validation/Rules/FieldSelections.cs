using Flowserv.GraphQL.Utilities;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1: every selected field is defined on the parent type. The error suggests types that define
/// the field (for abstract parents) or, failing that, similarly named fields.
/// </summary>
public sealed class FieldSelections : ValidationRule
{
    public override string Name => nameof(FieldSelections);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Field-Selections";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not FieldNode field || context.TypeInfo.ParentType is not { } parentType || context.TypeInfo.FieldDefinition is not null)
        {
            return;
        }

        var fieldName = field.Name.Value;
        var suggestion = Suggestions.DidYouMean(TypesDefining(context.Schema, parentType, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0 && parentType is ComplexType complex)
        {
            suggestion = Suggestions.DidYouMean(Suggestions.List(fieldName, complex.Fields.Keys));
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\".{suggestion}", field);
    }

    /// <summary>
    /// The possible types of an abstract parent, and their interfaces, that define the field: most
    /// often defining first, then interfaces before their implementations, then by name.
    /// </summary>
    private static List<string> TypesDefining(GraphQLSchema schema, NamedType parentType, string fieldName)
    {
        if (!parentType.IsAbstractType())
        {
            return [];
        }

        var types = new List<ComplexType>();
        var usageCounts = new Dictionary<string, int>();

        foreach (var possibleType in schema.GetPossibleTypes(parentType))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            AddUsage(possibleType, types, usageCounts);
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is not null)
                {
                    AddUsage(possibleInterface, types, usageCounts);
                }
            }
        }

        types.Sort((a, b) =>
        {
            var usageDifference = usageCounts[b.Name] - usageCounts[a.Name];
            if (usageDifference != 0)
            {
                return usageDifference;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });

        return types.ConvertAll(type => type.Name);
    }

    private static void AddUsage(ComplexType type, List<ComplexType> types, Dictionary<string, int> usageCounts)
    {
        if (usageCounts.TryGetValue(type.Name, out var count))
        {
            usageCounts[type.Name] = count + 1;
        }
        else
        {
            types.Add(type);
            usageCounts[type.Name] = 1;
        }
    }
}
