using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Building;

/// <summary>A directive applied somewhere in an SDL document, with the location it is applied to and the node carrying it.</summary>
internal readonly record struct AppliedDirective(DirectiveNode Directive, DirectiveLocation Location, SyntaxNode Owner);

/// <summary>
/// Visits the parts of type-system definitions that several SDL rules inspect, in document order and
/// in the order graphql-js's visitor reaches them (arguments before the field type and directives).
/// </summary>
internal static class SdlWalker
{
    public static IEnumerable<AppliedDirective> Directives(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    foreach (var directive in schema.Directives)
                    {
                        yield return new(directive, DirectiveLocation.Schema, schema);
                    }

                    break;
                case SchemaExtensionNode schema:
                    foreach (var directive in schema.Directives)
                    {
                        yield return new(directive, DirectiveLocation.Schema, schema);
                    }

                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                    foreach (var applied in TypeDirectives(definition))
                    {
                        yield return applied;
                    }

                    break;
                case DirectiveDefinitionNode directiveDefinition:
                    foreach (var applied in InputValueDirectives(directiveDefinition.Arguments, DirectiveLocation.ArgumentDefinition))
                    {
                        yield return applied;
                    }

                    break;
            }
        }
    }

    /// <summary>Every type reference (field, argument and input field types, interfaces, members, root types).</summary>
    public static IEnumerable<NamedTypeNode> TypeReferences(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            var references = definition switch
            {
                SchemaDefinitionNode schema => schema.OperationTypes.Select(operation => operation.Type),
                SchemaExtensionNode schema => schema.OperationTypes.Select(operation => operation.Type),
                ObjectTypeDefinitionNode type => type.Interfaces.Concat(FieldTypes(type.Fields)),
                ObjectTypeExtensionNode type => type.Interfaces.Concat(FieldTypes(type.Fields)),
                InterfaceTypeDefinitionNode type => type.Interfaces.Concat(FieldTypes(type.Fields)),
                InterfaceTypeExtensionNode type => type.Interfaces.Concat(FieldTypes(type.Fields)),
                UnionTypeDefinitionNode union => union.Types,
                UnionTypeExtensionNode union => union.Types,
                InputObjectTypeDefinitionNode input => input.Fields.Select(field => field.Type.NamedType),
                InputObjectTypeExtensionNode input => input.Fields.Select(field => field.Type.NamedType),
                DirectiveDefinitionNode directive => directive.Arguments.Select(argument => argument.Type.NamedType),
                _ => [],
            };
            foreach (var reference in references)
            {
                yield return reference;
            }
        }
    }

    /// <summary>Every constant value: default values and directive arguments, outermost first.</summary>
    public static IEnumerable<ValueNode> Values(DocumentNode document)
    {
        foreach (var applied in Directives(document))
        {
            foreach (var argument in applied.Directive.Arguments)
            {
                foreach (var value in Nested(argument.Value))
                {
                    yield return value;
                }
            }
        }

        foreach (var input in InputValueDefinitions(document))
        {
            if (input.DefaultValue is not null)
            {
                foreach (var value in Nested(input.DefaultValue))
                {
                    yield return value;
                }
            }
        }
    }

    private static IEnumerable<InputValueDefinitionNode> InputValueDefinitions(DocumentNode document) =>
        document.Definitions.SelectMany(definition => definition switch
        {
            ObjectTypeDefinitionNode type => type.Fields.SelectMany(field => field.Arguments),
            ObjectTypeExtensionNode type => type.Fields.SelectMany(field => field.Arguments),
            InterfaceTypeDefinitionNode type => type.Fields.SelectMany(field => field.Arguments),
            InterfaceTypeExtensionNode type => type.Fields.SelectMany(field => field.Arguments),
            InputObjectTypeDefinitionNode input => input.Fields,
            InputObjectTypeExtensionNode input => input.Fields,
            DirectiveDefinitionNode directive => directive.Arguments,
            _ => Enumerable.Empty<InputValueDefinitionNode>(),
        });

    private static IEnumerable<ValueNode> Nested(ValueNode value)
    {
        yield return value;
        var children = value switch
        {
            ListValueNode list => list.Values,
            ObjectValueNode obj => obj.Fields.Select(field => field.Value),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var nested in Nested(child))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<NamedTypeNode> FieldTypes(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            foreach (var argument in field.Arguments)
            {
                yield return argument.Type.NamedType;
            }

            yield return field.Type.NamedType;
        }
    }

    private static IEnumerable<AppliedDirective> TypeDirectives(DefinitionNode definition)
    {
        var (location, directives) = definition switch
        {
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => (DirectiveLocation.Scalar, Of(definition)),
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => (DirectiveLocation.Object, Of(definition)),
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => (DirectiveLocation.Interface, Of(definition)),
            UnionTypeDefinitionNode or UnionTypeExtensionNode => (DirectiveLocation.Union, Of(definition)),
            EnumTypeDefinitionNode or EnumTypeExtensionNode => (DirectiveLocation.Enum, Of(definition)),
            _ => (DirectiveLocation.InputObject, Of(definition)),
        };
        foreach (var directive in directives)
        {
            yield return new(directive, location, definition);
        }

        var members = definition switch
        {
            ObjectTypeDefinitionNode type => FieldDirectives(type.Fields),
            ObjectTypeExtensionNode type => FieldDirectives(type.Fields),
            InterfaceTypeDefinitionNode type => FieldDirectives(type.Fields),
            InterfaceTypeExtensionNode type => FieldDirectives(type.Fields),
            EnumTypeDefinitionNode type => EnumValueDirectives(type.Values),
            EnumTypeExtensionNode type => EnumValueDirectives(type.Values),
            InputObjectTypeDefinitionNode input => InputValueDirectives(input.Fields, DirectiveLocation.InputFieldDefinition),
            InputObjectTypeExtensionNode input => InputValueDirectives(input.Fields, DirectiveLocation.InputFieldDefinition),
            _ => [],
        };
        foreach (var applied in members)
        {
            yield return applied;
        }
    }

    private static IReadOnlyList<DirectiveNode> Of(DefinitionNode definition) => definition switch
    {
        TypeDefinitionNode type => type.Directives,
        TypeExtensionNode extension => extension.Directives,
        _ => [],
    };

    private static IEnumerable<AppliedDirective> FieldDirectives(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            foreach (var applied in InputValueDirectives(field.Arguments, DirectiveLocation.ArgumentDefinition))
            {
                yield return applied;
            }

            foreach (var directive in field.Directives)
            {
                yield return new(directive, DirectiveLocation.FieldDefinition, field);
            }
        }
    }

    private static IEnumerable<AppliedDirective> EnumValueDirectives(IReadOnlyList<EnumValueDefinitionNode> values) =>
        values.SelectMany(value => value.Directives.Select(directive => new AppliedDirective(directive, DirectiveLocation.EnumValue, value)));

    private static IEnumerable<AppliedDirective> InputValueDirectives(IReadOnlyList<InputValueDefinitionNode> inputs, DirectiveLocation location) =>
        inputs.SelectMany(input => input.Directives.Select(directive => new AppliedDirective(directive, location, input)));
}
