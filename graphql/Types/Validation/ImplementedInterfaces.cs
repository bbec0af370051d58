using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Spec 3.6 and 3.7 "Type Validation" of implemented interfaces: each interface once, never itself,
/// every transitively implemented interface declared, and IsValidImplementation for each field.
/// </summary>
internal static class ImplementedInterfaces
{
    public static SchemaProblem NotAnInterface(string typeName, NamedType implemented, IReadOnlyList<SyntaxNode?> nodes) =>
        new($"Type {typeName} must only implement Interface types, it cannot implement {implemented.Name}.", nodes);

    public static void Check(GraphQLSchema schema, ComplexType type, List<SchemaProblem> problems)
    {
        var seen = new HashSet<string>();
        foreach (var implemented in type.Interfaces)
        {
            if (ReferenceEquals(type, implemented))
            {
                problems.Add(new(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(type, implemented.Name)));
                continue;
            }

            if (!seen.Add(implemented.Name))
            {
                problems.Add(new($"Type {type.Name} can only implement {implemented.Name} once.", ImplementsNodes(type, implemented.Name)));
                continue;
            }

            CheckAncestors(type, implemented, problems);
            CheckFields(schema, type, implemented, problems);
        }
    }

    /// <summary>The <c>implements</c> entries naming <paramref name="interfaceName"/> in a type's definition and extensions.</summary>
    public static List<SyntaxNode?> ImplementsNodes(NamedType type, string interfaceName)
    {
        var nodes = new List<SyntaxNode?>();
        foreach (var node in Objects.DefinitionNodes(type))
        {
            var interfaces = node switch
            {
                ObjectTypeDefinitionNode definition => definition.Interfaces,
                InterfaceTypeDefinitionNode definition => definition.Interfaces,
                ObjectTypeExtensionNode extension => extension.Interfaces,
                InterfaceTypeExtensionNode extension => extension.Interfaces,
                _ => [],
            };
            nodes.AddRange(interfaces.Where(named => named.Name.Value == interfaceName));
        }

        return nodes;
    }

    private static void CheckAncestors(ComplexType type, InterfaceType implemented, List<SchemaProblem> problems)
    {
        foreach (var transitive in implemented.Interfaces)
        {
            if (type.Interfaces.Contains(transitive))
            {
                continue;
            }

            var message = ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {implemented.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {implemented.Name}.";
            problems.Add(new(message, [.. ImplementsNodes(implemented, transitive.Name), .. ImplementsNodes(type, implemented.Name)]));
        }
    }

    /// <summary>IsValidImplementation: fields present, covariant field types, invariant arguments, extra arguments optional.</summary>
    private static void CheckFields(GraphQLSchema schema, ComplexType type, InterfaceType implemented, List<SchemaProblem> problems)
    {
        foreach (var interfaceField in implemented.Fields.Values)
        {
            var name = interfaceField.Name;
            var field = type.GetField(name);
            if (field is null)
            {
                problems.Add(new(
                    $"Interface field {implemented.Name}.{name} expected but {type.Name} does not provide it.",
                    [interfaceField.AstNode, .. Objects.DefinitionNodes(type)]));
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, field.Type, interfaceField.Type))
            {
                problems.Add(new(
                    $"Interface field {implemented.Name}.{name} expects type {interfaceField.Type} but {type.Name}.{name} is type {field.Type}.",
                    [interfaceField.AstNode?.Type, field.AstNode?.Type]));
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.GetArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    problems.Add(new(
                        $"Interface field argument {implemented.Name}.{name}({interfaceArgument.Name}:) expected but {type.Name}.{name} does not provide it.",
                        [interfaceArgument.AstNode, field.AstNode]));
                }
                else if (!TypeComparators.IsEqualType(interfaceArgument.Type, argument.Type))
                {
                    problems.Add(new(
                        $"Interface field argument {implemented.Name}.{name}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{name}({argument.Name}:) is type {argument.Type}.",
                        [interfaceArgument.AstNode?.Type, argument.AstNode?.Type]));
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (interfaceField.GetArgument(argument.Name) is null && argument.IsRequired())
                {
                    problems.Add(new(
                        $"Object field {type.Name}.{name} includes required argument {argument.Name} that is missing from the Interface field {implemented.Name}.{name}.",
                        [argument.AstNode, interfaceField.AstNode]));
                }
            }
        }
    }
}
