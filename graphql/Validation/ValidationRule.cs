using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// One validation rule of spec section 5. A new instance is created per validation run, so a rule may keep
/// per-document state in fields. <see cref="Name"/> and <see cref="SpecAnchor"/> must be the same for every
/// instance of a rule class. The walker calls <see cref="Enter"/> and <see cref="Leave"/> for every node,
/// depth-first in document order, with <see cref="ValidationContext.TypeInfo"/> already describing the node.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>The spec heading in PascalCase, e.g. <c>FieldSelectionMerging</c>; reported as <c>extensions.rule</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The URL of the rule's spec section; reported as <c>extensions.specifiedBy</c>.</summary>
    public abstract string SpecAnchor { get; }

    public virtual void Enter(SyntaxNode node, ValidationContext context)
    {
    }

    public virtual void Leave(SyntaxNode node, ValidationContext context)
    {
    }
}
