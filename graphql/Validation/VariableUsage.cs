using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// A variable used as a value, with the input type expected where it appears (null when unknown), the
/// default value of that location (argument or input field default) and whether the enclosing input
/// object type is a OneOf input object.
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, bool ParentTypeIsOneOf);
