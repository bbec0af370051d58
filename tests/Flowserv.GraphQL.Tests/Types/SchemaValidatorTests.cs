using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using Flowserv.GraphQL.Types.Validation;
using static Flowserv.GraphQL.Tests.Building.Sdl.SdlTestHelpers;

namespace Flowserv.GraphQL.Tests.Types;

/// <summary>Type system validation (spec 3), through SDL (with positions) and on code-first schemas.</summary>
public class SchemaValidatorTests
{
    [Fact]
    public void A_query_root_type_is_required()
    {
        Assert.Equal(["Query root type must be provided."], ProblemsOf("type Foo { a: Int }"));
        Assert.Equal(["Query root type must be provided. (1:1)"], ProblemsOf("schema { mutation: Foo }\ntype Foo { a: Int }"));
    }

    [Fact]
    public void Root_types_are_object_types()
    {
        Assert.Equal(
            [
                "Query root type must be Object type, it cannot be I. (1:17)",
                "Mutation root type must be Object type if provided, it cannot be U. (1:29)",
                "Subscription root type must be Object type if provided, it cannot be In. (1:45)",
            ],
            ProblemsOf("""
                schema { query: I mutation: U subscription: In }
                interface I { a: Int }
                union U = T
                type T { a: Int }
                input In { a: Int }
                """));
    }

    [Fact]
    public void One_type_may_be_the_root_of_several_operations()
    {
        var schema = SchemaBuilder.FromSdl("schema { query: Root mutation: Root }\ntype Root { a: Int }");

        Assert.Same(schema.QueryType, schema.MutationType);
    }

    [Fact]
    public void Names_starting_with_two_underscores_are_reserved()
    {
        Assert.Equal(
            [
                "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection. (1:12)",
                "Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection. (2:21)",
                "Name \"__T\" must not begin with \"__\", which is reserved by GraphQL introspection. (3:6)",
                "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection. (3:12)",
                "Name \"__A\" must not begin with \"__\", which is reserved by GraphQL introspection. (5:10)",
            ],
            ProblemsOf("""
                directive @__d on FIELD
                type Query { a: Int __b: __T }
                type __T { __x: Int }
                input In { a: Int }
                enum E { __A }
                """));
    }

    [Fact]
    public void Objects_interfaces_and_input_objects_need_fields()
    {
        Assert.Equal(
            [
                "Type Empty must define one or more fields. (2:1)",
                "Type I must define one or more fields. (3:1, 4:1)",
                "Union type U must define one or more member types. (5:1)",
                "Input Object type In must define one or more fields. (6:1)",
                "Enum type E must define one or more values. (7:1)",
            ],
            ProblemsOf("""
                type Query { a: Empty b: I u: U c(in: In, e: E): Int }
                type Empty
                interface I
                extend interface I @d
                union U
                input In
                enum E
                directive @d on INTERFACE
                """));
    }

    [Fact]
    public void Fields_have_output_types_and_arguments_and_input_fields_have_input_types()
    {
        Assert.Equal(
            [
                "The type of @d(x:) must be Input Type but got: Query. (1:14)",
                "The type of Query.a must be Output Type but got: [In!]. (2:17)",
                "The type of Query.b(x:) must be Input Type but got: Query. (2:28)",
                "The type of In.a must be Input Type but got: U. (3:15)",
            ],
            ProblemsOf("""
                directive @d(x: Query) on FIELD
                type Query { a: [In!] b(x: Query): Int }
                input In { a: U }
                union U = Query
                """));
    }

    [Fact]
    public void Types_implement_only_interfaces_and_each_once_and_never_themselves()
    {
        Assert.Equal(
            [
                "Type Query must only implement Interface types, it cannot implement T. (1:23)",
                "Type A cannot implement itself because it would create a circular reference. (2:24)",
                "Type B cannot implement C because it would create a circular reference. (4:24, 3:24)",
                "Type C cannot implement B because it would create a circular reference. (3:24, 4:24)",
                "Type T must implement C because it is implemented by B. (3:24, 5:19, 5:23)",
                "Type T can only implement B once. (5:19, 5:23)",
            ],
            ProblemsOf("""
                type Query implements T { a: Int }
                interface A implements A { a: Int }
                interface B implements C { a: Int }
                interface C implements B { a: Int }
                type T implements B & B { a: Int }
                """));
    }

    [Fact]
    public void Implementations_are_valid_per_IsValidImplementation()
    {
        Assert.Equal(
            [
                "Interface field I.id expects type ID! but T.id is type ID. (2:19, 3:27)",
                "Interface field I.self expects type T but T.self is type I. (2:29, 3:36)",
                "Interface field argument I.f(x:) expects type Int but T.f(x:) is type Int!. (2:36, 3:43)",
                "Object field T.f includes required argument y that is missing from the Interface field I.f. (3:49, 2:31)",
                "Interface field argument I.g(x:) expected but T.g does not provide it. (2:48, 3:63)",
                "Interface field I.h expected but T does not provide it. (2:61, 3:1)",
            ],
            ProblemsOf("""
                type Query { i: I }
                interface I { id: ID! self: T f(x: Int): Int g(x: Int): Int h: Int }
                type T implements I { id: ID self: I f(x: Int!, y: Int!): Int g: Int }
                """));
    }

    [Fact]
    public void Field_types_may_be_covariant_and_extra_arguments_optional()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { n: Node }
            interface Node { id: ID self: Node list: [Node] u: U f(x: Int): Int }
            type A implements Node { id: ID! self: A list: [A!]! u: A f(x: Int, y: Int = 1, z: String): Int }
            union U = A
            """);

        Assert.Empty(SchemaValidator.Validate(schema));
    }

    [Fact]
    public void Union_members_are_objects_included_once()
    {
        Assert.Equal(
            [
                "Union type U can only include Object types, it cannot include I. (3:19)",
                "Union type U can only include type Query once. (3:11, 3:23)",
            ],
            ProblemsOf("""
                type Query { u: U }
                interface I { a: Int }
                union U = Query | I | Query
                """));
    }

    [Fact]
    public void Input_objects_may_not_require_themselves_through_non_null_fields()
    {
        Assert.Equal(
            [
                "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\". (2:11, 3:11)",
                "Cannot reference Input Object \"Self\" within itself through a series of non-null fields: \"me\". (4:14)",
            ],
            ProblemsOf("""
                type Query { f(a: A, s: Self, ok: Ok): Int }
                input A { b: B! }
                input B { a: A! c: Int }
                input Self { me: Self! }
                input Ok { me: Ok, list: [Ok!]! }
                """));
    }

    [Fact]
    public void OneOf_fields_are_nullable_without_defaults()
    {
        Assert.Equal(
            [
                "OneOf input field O.a must be nullable. (2:21)",
                "OneOf input field O.b cannot have a default value. (2:26)",
            ],
            ProblemsOf("""
                type Query { f(o: O): Int }
                input O @oneOf { a: Int! b: Int = 3 c: String }
                """));
    }

    [Fact]
    public void Required_arguments_and_input_fields_cannot_be_deprecated()
    {
        Assert.Equal(
            [
                "Required argument @d(x:) cannot be deprecated. (1:22, 1:17)",
                "Required argument Query.f(x:) cannot be deprecated. (2:24, 2:19)",
                "Required input field In.a cannot be deprecated. (3:20, 3:15)",
            ],
            ProblemsOf("""
                directive @d(x: Int! @deprecated, y: Int! = 1 @deprecated) on FIELD
                type Query { f(x: Int! @deprecated, in: In): Int }
                input In { a: Int! @deprecated b: Int @deprecated }
                """));
    }

    [Fact]
    public void Directives_cannot_reference_themselves()
    {
        Assert.Equal(
            [
                "Directive @direct cannot reference itself, directly or through the types and directives of its arguments. (1:1)",
                "Directive @viaType cannot reference itself, directly or through the types and directives of its arguments. (2:1)",
                "Directive @a cannot reference itself, directly or through the types and directives of its arguments. (4:1)",
                "Directive @b cannot reference itself, directly or through the types and directives of its arguments. (5:1)",
            ],
            ProblemsOf("""
                directive @direct(x: Int @direct) on ARGUMENT_DEFINITION
                directive @viaType(x: In) on ENUM_VALUE
                directive @fine(x: In @deprecated) on FIELD
                directive @a(x: Int @b) on ARGUMENT_DEFINITION
                directive @b(y: Int @a) on ARGUMENT_DEFINITION
                input In { e: E }
                enum E { A @viaType }
                type Query { a: Int }
                """));
    }

    [Fact]
    public void Default_values_must_be_coercible()
    {
        Assert.Equal(
            [
                "Input field In.opt has invalid default value: Expected value of type \"In\", found 1. (2:32)",
                "Argument Query.a(x:) has invalid default value: Int cannot represent non-integer value: \"x\" (6:14)",
                "Argument Query.b(x:) has invalid default value: Field \"In.req\" of required type \"Int!\" was not provided. (6:34)",
                "Argument Query.c(x:) has invalid default value: Value \"PURPLE\" does not exist in \"E\" enum. (6:52)",
                "Argument Query.d(x:) has invalid default value: Expected value of type \"Int!\", found null. (6:79)",
                "Argument Query.e(x:) has invalid default value: Field \"nope\" is not defined by type \"In\". (6:102)",
                "Argument Query.f(x:) has invalid default value: OneOf Input Object \"One\" must specify exactly one key. (6:137)",
            ],
            ProblemsOf("""
                input One @oneOf { a: Int b: Int }
                input In { req: Int! opt: In = 1 }
                enum E { RED }
                type Query {
                  ok(a: [Int] = 1, b: In = {req: 1}, c: E = RED, d: Float = 1, e: ID = 5, f: One = {a: 1}): Int
                  a(x: Int = "x"): Int b(x: In = {}): Int c(x: E = PURPLE): Int d(x: [Int!] = [null]): Int e(x: In = {req: 1, nope: 2}): Int f(x: One = {a: 1, b: 2}): Int
                }
                """));
    }

    [Fact]
    public void Code_first_names_must_be_valid_names()
    {
        var query = new ObjectType("Query", () =>
        [
            new FieldDefinition { Name = "1a", Type = BuiltInScalars.Int },
            new FieldDefinition { Name = "a-b", Type = BuiltInScalars.Int, Arguments = [new InputValueDefinition { Name = "", Type = BuiltInScalars.Int }] },
        ]);
        var color = new EnumType("Color", [new EnumValueDefinition { Name = "true" }, new EnumValueDefinition { Name = "null" }]);

        var problems = SchemaValidator.Validate(new GraphQLSchema(query, types: [color]));

        Assert.Equal(
            [
                "Enum values cannot be named: true",
                "Enum values cannot be named: null",
                "Names must start with [_a-zA-Z] but \"1a\" does not.",
                "Names must only contain [_a-zA-Z0-9] but \"a-b\" does not.",
                "Expected name to be a non-empty string.",
            ],
            problems);
    }

    [Fact]
    public void Code_first_directives_need_locations()
    {
        var query = new ObjectType("Query", () => [new FieldDefinition { Name = "a", Type = BuiltInScalars.Int }]);
        var directive = new DirectiveDefinition { Name = "nowhere", Locations = [] };

        Assert.Equal(
            ["Directive @nowhere must include 1 or more locations."],
            SchemaValidator.Validate(new GraphQLSchema(query, directives: [.. SpecifiedDirectives.All, directive])));
    }

    [Fact]
    public void AssertValid_throws_every_problem_and_accepts_a_valid_schema()
    {
        var query = new ObjectType("Query", () => [new FieldDefinition { Name = "a", Type = BuiltInScalars.Int }]);
        var empty = new ObjectType("Empty", () => []);
        var input = new InputObjectType("In", () =>
            [new InputValueDefinition { Name = "x", Type = BuiltInScalars.Int, DefaultValue = new StringValueNode("no") }]);

        var exception = Assert.Throws<SchemaException>(() => SchemaValidator.AssertValid(new GraphQLSchema(query, types: [empty, input])));

        Assert.Equal(
            [
                "Type Empty must define one or more fields.",
                "Input field In.x has invalid default value: Int cannot represent non-integer value: \"no\"",
            ],
            exception.Problems);
        SchemaValidator.AssertValid(new GraphQLSchema(query));
    }

    [Fact]
    public void The_introspection_types_and_specified_directives_are_valid()
    {
        var query = new ObjectType("Query", () => [new FieldDefinition { Name = "a", Type = BuiltInScalars.Int }]);

        Assert.Empty(SchemaValidator.Validate(new GraphQLSchema(query, types: BuiltInScalars.All)));
        Assert.Contains(DirectiveLocation.Field, SpecifiedDirectives.Skip.Locations);
    }
}
