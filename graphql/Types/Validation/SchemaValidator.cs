using Flowserv.GraphQL.Introspection;

namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Type system validation (spec section 3, graphql-js <c>validateSchema</c>): directives first, then
/// every type in the schema's order, then default values. Messages are graphql-js's.
/// </summary>
public static class SchemaValidator
{
    /// <summary>Every rule the schema breaks; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(GraphQLSchema schema) =>
        FindProblems(schema).Select(problem => problem.Message).ToArray();

    /// <summary>Throws a <see cref="SchemaException"/> listing every problem (with SDL positions, when built from SDL).</summary>
    public static void AssertValid(GraphQLSchema schema)
    {
        var problems = FindProblems(schema);
        if (problems.Count > 0)
        {
            throw SchemaProblem.ToException(problems);
        }
    }

    /// <param name="schema">The schema to check.</param>
    /// <param name="rejectedReferences">
    /// Per type name, interfaces or union members a schema-first builder could not add because they are of
    /// the wrong kind; reported among the problems of their type.
    /// </param>
    internal static List<SchemaProblem> FindProblems(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, List<SchemaProblem>>? rejectedReferences = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var problems = new List<SchemaProblem>();
        Directives.Check(schema, problems);
        var inputObjectCycles = new InputObjectCycles();
        foreach (var type in schema.Types.Values)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type))
            {
                Names.Check(type.Name, type.AstNode?.Name, problems);
            }

            var rejected = rejectedReferences?.GetValueOrDefault(type.Name) ?? [];
            switch (type)
            {
                case ComplexType complex:
                    Objects.CheckFields(complex, problems);
                    problems.AddRange(rejected);
                    ImplementedInterfaces.Check(schema, complex, problems);
                    break;
                case UnionType union:
                    Unions.Check(union, rejected, problems);
                    break;
                case EnumType enumType:
                    Enums.Check(enumType, problems);
                    break;
                case InputObjectType input:
                    InputObjects.CheckFields(input, problems);
                    inputObjectCycles.Check(input, problems);
                    break;
            }
        }

        DefaultValues.Check(schema, problems);
        return problems;
    }
}
