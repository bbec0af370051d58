using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// A variable used as a value, with the input type expected where it appears (null when unknown) and the
/// default value of that location (argument or input field default). <see cref="ParentTypeIsOneOf"/> tells
/// whether the enclosing input type is a OneOf input object; as in graphql-js, a non-null OneOf type
/// (e.g. an argument of type <c>PetBy!</c>) does not count, only the nullable input object type itself.
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, bool ParentTypeIsOneOf);
