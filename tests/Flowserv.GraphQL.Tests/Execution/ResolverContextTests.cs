using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;
using static Flowserv.GraphQL.Tests.Execution.ExecutionTestSchema;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class ResolverContextTests
{
    [Fact]
    public Task Reported_errors_get_the_field_path_and_keep_the_value() => AssertResponseAsync(
        """{"errors":[{"message":"partial","locations":[{"line":1,"column":3}],"path":["warn"]}],"data":{"warn":"kept"}}""",
        "{ warn }",
        schema: new GraphQLSchema(new ObjectType("Query", () =>
        [
            Field("warn", BuiltInScalars.String, context =>
            {
                context.ReportError(new GraphQLError("partial"));
                return "kept";
            }),
        ])));

    [Fact]
    public Task Resolvers_see_arguments_path_and_parent_type() => AssertResponseAsync(
        """{"data":{"x":"Query.info at x, n=3 (Int32), s=null"}}""",
        "{ x: info(n: 3) }",
        schema: new GraphQLSchema(new ObjectType("Query", () =>
        [
            Field("info", BuiltInScalars.String, context =>
                $"{context.ParentType.Name}.{context.Field.Name} at {context.Path}, n={context.GetArgument<long>("n")} ({context.Arguments["n"]!.GetType().Name}), s={context.GetArgument<string>("s") ?? "null"}",
                Argument("n", BuiltInScalars.Int),
                Argument("s", BuiltInScalars.String)),
        ])));

    [Fact]
    public Task Abstract_types_use_their_resolve_type_function_first()
    {
        var shape = new InterfaceType("Shape", () => [Field("sides", BuiltInScalars.Int)])
        {
            ResolveType = (value, _) => (int)((Dictionary<string, object?>)value)["sides"]! == 3 ? "Triangle" : "Square",
        };
        var triangle = new ObjectType("Triangle", () => [Field("sides", BuiltInScalars.Int)], () => [shape]);
        var square = new ObjectType("Square", () => [Field("sides", BuiltInScalars.Int)], () => [shape]);
        var query = new ObjectType("Query", () =>
        [
            Field("shapes", new ListType(shape), _ => new[]
            {
                new Dictionary<string, object?> { ["sides"] = 3, ["__typename"] = "Square" },
                new Dictionary<string, object?> { ["sides"] = 4 },
            }),
        ]);
        return AssertResponseAsync(
            """{"data":{"shapes":[{"__typename":"Triangle","sides":3},{"__typename":"Square","sides":4}]}}""",
            "{ shapes { __typename sides } }",
            schema: new GraphQLSchema(query, types: [triangle, square]));
    }

    [Fact]
    public Task Resolve_type_of_a_default_resolved_field_sees_the_field_and_its_parent()
    {
        var root = new Dictionary<string, object?> { ["shape"] = new Dictionary<string, object?> { ["sides"] = 3 } };
        var triangle = new ObjectType("Triangle", () => [Field("sides", BuiltInScalars.Int)]);
        var shape = new UnionType("Shape", () => [triangle])
        {
            ResolveType = (_, context) => ReferenceEquals(context.Parent, root) && context.Field.Name == "shape" ? "Triangle" : null,
        };
        return AssertResponseAsync(
            """{"data":{"shape":{"sides":3}}}""",
            "{ shape { ... on Triangle { sides } } }",
            schema: new GraphQLSchema(new ObjectType("Query", () => [Field("shape", shape)])),
            rootValue: root);
    }

    [Fact]
    public void CollectFields_groups_by_response_key_in_first_occurrence_order()
    {
        var document = Parser.Parse("{ b: hello a: hello(name: \"x\") ... on Query { b: hello c: __typename } ...F } fragment F on Query { a: hello }");
        var operation = (Flowserv.GraphQL.Language.Ast.OperationDefinitionNode)document.Definitions[0];
        var fragments = GetOperation.Fragments(document);
        var fields = CollectFields.Collect(Schema, fragments, null, Query, operation.SelectionSet);
        Assert.Equal(["b", "a", "c"], fields.Keys);
        Assert.Equal([2, 2, 1], fields.Values.Select(nodes => nodes.Count));
    }
}
