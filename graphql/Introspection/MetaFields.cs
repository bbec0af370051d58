using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Introspection;

/// <summary>The implicit fields <c>__schema</c>, <c>__type</c> (query root only) and <c>__typename</c> (spec 4.2).</summary>
public static class MetaFields
{
    public static readonly FieldDefinition Schema = new()
    {
        Name = "__schema",
        Description = "Access the current type schema of this server.",
        Type = new NonNullType(IntrospectionTypes.SchemaType),
        Resolver = context => new ValueTask<object?>(context.Schema),
    };

    public static readonly FieldDefinition Type = new()
    {
        Name = "__type",
        Description = "Request the type information of a single type.",
        Type = IntrospectionTypes.TypeType,
        Arguments = [new InputValueDefinition { Name = "name", Type = new NonNullType(BuiltInScalars.String) }],
        Resolver = context => new ValueTask<object?>(context.Schema.GetType((string)context.Arguments["name"]!)),
    };

    public static readonly FieldDefinition TypeName = new()
    {
        Name = "__typename",
        Description = "The name of the current Object type at runtime.",
        Type = new NonNullType(BuiltInScalars.String),
        Resolver = context => new ValueTask<object?>(context.ParentType.Name),
    };

    /// <summary>The field named <paramref name="name"/> on <paramref name="parentType"/>, meta-fields included.</summary>
    public static FieldDefinition? Find(GraphQLSchema schema, NamedType parentType, string name)
    {
        if (name == TypeName.Name && parentType is ObjectType or InterfaceType or UnionType)
        {
            return TypeName;
        }

        if (ReferenceEquals(parentType, schema.QueryType))
        {
            if (name == Schema.Name)
            {
                return Schema;
            }

            if (name == Type.Name)
            {
                return Type;
            }
        }

        return (parentType as ComplexType)?.GetField(name);
    }
}
