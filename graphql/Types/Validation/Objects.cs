using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Spec 3.6 Objects and 3.7 Interfaces, "Type Validation" of fields: at least one field; validly
/// named fields of output types; validly named arguments of input types, not deprecated when required.
/// </summary>
internal static class Objects
{
    public static void CheckFields(ComplexType type, List<SchemaProblem> problems)
    {
        if (type.Fields.Count == 0)
        {
            problems.Add(new($"Type {type.Name} must define one or more fields.", DefinitionNodes(type)));
        }

        foreach (var field in type.Fields.Values)
        {
            Names.Check(field.Name, field.AstNode?.Name, problems);
            if (!field.Type.IsOutputType())
            {
                problems.Add(new($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type));
            }

            foreach (var argument in field.Arguments)
            {
                Names.Check(argument.Name, argument.AstNode?.Name, problems);
                if (!argument.Type.IsInputType())
                {
                    problems.Add(new(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type));
                }

                Deprecation.CheckRequiredArgument($"{type.Name}.{field.Name}({argument.Name}:)", argument, problems);
            }
        }
    }

    /// <summary>The definition and extensions of a type, where a problem about the type as a whole points.</summary>
    public static SyntaxNode?[] DefinitionNodes(NamedType type) => [type.AstNode, .. type.ExtensionAstNodes];
}
