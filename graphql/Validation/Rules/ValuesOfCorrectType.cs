using Flowserv.GraphQL.Utilities;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1: every literal must be coercible to the type expected where it appears: scalars by their literal
/// coercion, enums by value name, lists item by item (a single item standing for a one-item list), input
/// objects as objects, null only where nullable, and (September 2025) OneOf input objects with exactly one
/// non-null field.
/// </summary>
public sealed class ValuesOfCorrectType : ValidationRule
{
    private readonly LiteralShapeGuard guard = new();

    public override string Name => nameof(ValuesOfCorrectType);

    public override string SpecAnchor => SpecAnchors.October2021 + "sec-Values-of-Correct-Type";

    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (guard.Enter(node, context.TypeInfo))
        {
            case LiteralShape.Unchecked:
                return;
            case LiteralShape.Mismatched:
                CheckLeafLiteral((ValueNode)node, context);
                return;
        }

        switch (node)
        {
            case IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or EnumValueNode:
                CheckLeafLiteral((ValueNode)node, context);
                break;
            case NullValueNode when context.TypeInfo.InputType is NonNullType nonNull:
                context.ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                break;
            case ObjectValueNode objectValue when context.TypeInfo.InputType?.NamedType() is InputObjectType { IsOneOf: true } oneOf:
                CheckOneOf(objectValue, oneOf, context);
                break;
        }
    }

    public override void Leave(SyntaxNode node, ValidationContext context) => guard.Leave(node);

    /// <summary>A literal where a leaf type (or a mismatched list or object) is expected, checked as graphql-js does.</summary>
    private static void CheckLeafLiteral(ValueNode literal, ValidationContext context)
    {
        if (context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        switch (locationType.NamedType())
        {
            case EnumType enumType:
                if (EnumLiteralError(literal, enumType) is { } enumError)
                {
                    context.ReportError(enumError, literal);
                }

                break;
            case ScalarType scalar:
                if (ScalarLiteralError(literal, scalar, locationType) is { } scalarError)
                {
                    context.ReportError(scalarError, literal);
                }

                break;
            default:
                context.ReportError($"Expected value of type \"{locationType}\", found {AstPrinter.Print(literal)}.", literal);
                break;
        }
    }

    private static string? EnumLiteralError(ValueNode literal, EnumType enumType)
    {
        if (literal is EnumValueNode enumValue && enumType.GetValue(enumValue.Value) is not null)
        {
            return null;
        }

        var printed = AstPrinter.Print(literal);
        var message = literal is EnumValueNode
            ? $"Value \"{printed}\" does not exist in \"{enumType.Name}\" enum."
            : $"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}.";
        var names = new string[enumType.Values.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = enumType.Values[i].Name;
        }

        return message + Suggestions.DidYouMean(Suggestions.List(printed, names), "the enum value");
    }

    private static string? ScalarLiteralError(ValueNode literal, ScalarType scalar, GraphQLType locationType)
    {
        try
        {
            scalar.ParseLiteral(literal, null);
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Built-in scalars word their errors completely (graphql-js raises them as GraphQL errors); a custom
            // scalar's message is appended to the generic one, as graphql-js does with non-GraphQL errors.
            return exception is CoercionException && BuiltInScalars.IsBuiltIn(scalar)
                ? exception.Message
                : $"Expected value of type \"{locationType}\", found {AstPrinter.Print(literal)}; {exception.Message}";
        }
    }

    private static void CheckOneOf(ObjectValueNode objectValue, InputObjectType oneOf, ValidationContext context)
    {
        // Repeated field names (an InputObjectFieldUniqueness error) count once, the last value winning.
        string? key = null;
        ValueNode? value = null;
        var fields = objectValue.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (key is not null && key != field.Name.Value)
            {
                key = null;
                break;
            }

            key = field.Name.Value;
            value = field.Value;
        }

        if (key is null)
        {
            context.ReportError($"OneOf Input Object \"{oneOf.Name}\" must specify exactly one key.", objectValue);
        }
        else if (value is NullValueNode)
        {
            context.ReportError($"Field \"{oneOf.Name}.{key}\" must be non-null.", objectValue);
        }
    }
}

/// <summary>How a literal relates to the subtree graphql-js's ValuesOfCorrectTypeRule checks.</summary>
internal enum LiteralShape
{
    Checked,

    /// <summary>A list or object literal where no list or input object is expected: checked as one value, its contents not at all.</summary>
    Mismatched,

    /// <summary>Inside a mismatched literal.</summary>
    Unchecked,
}

/// <summary>
/// Tracks mismatched list and object literals for the value rules, so that (as in graphql-js) nothing inside
/// one is reported: one error for the whole literal says enough.
/// </summary>
internal sealed class LiteralShapeGuard
{
    private ValueNode? mismatched;

    public LiteralShape Enter(SyntaxNode node, TypeInfo typeInfo)
    {
        if (mismatched is not null)
        {
            return LiteralShape.Unchecked;
        }

        // TypeInfo has already stepped into a list's item type, so the list's own type is the parent input type.
        var isMismatched = node switch
        {
            ListValueNode => typeInfo.ParentInputType?.Nullable() is not ListType,
            ObjectValueNode => typeInfo.InputType?.NamedType() is not InputObjectType,
            _ => false,
        };
        if (!isMismatched)
        {
            return LiteralShape.Checked;
        }

        mismatched = (ValueNode)node;
        return LiteralShape.Mismatched;
    }

    public void Leave(SyntaxNode node)
    {
        if (ReferenceEquals(node, mismatched))
        {
            mismatched = null;
        }
    }
}
