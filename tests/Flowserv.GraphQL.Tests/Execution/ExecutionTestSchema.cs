using System.Text.Json;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed record Person(string Id, string? Name, int? Age, IReadOnlyList<string> FriendIds);

public sealed record Dog(string Id, string Name, bool Barks);

public sealed record Cat(string Id, string Name, bool Meows);

public enum Color
{
    Red,
    Green,
    Blue,
}

/// <summary>A schema exercising every part of execution, built directly with the type classes.</summary>
internal static class ExecutionTestSchema
{
    public static readonly Dictionary<string, Person> People = new()
    {
        ["1"] = new("1", "Ada", 36, ["2", "3"]),
        ["2"] = new("2", "Grace", 85, ["1"]),
        ["3"] = new("3", null, null, []),
    };

    public static readonly object[] Pets = [new Dog("d1", "Rex", true), new Cat("c1", "Tom", false)];

    public static readonly InterfaceType Node = new("Node", () => [Field("id", new NonNullType(BuiltInScalars.ID))]);

    public static readonly InterfaceType Named = new("Named", () => [Field("name", BuiltInScalars.String)]);

    public static readonly EnumType ColorEnum = new(
        "Color",
        [
            new EnumValueDefinition { Name = "RED", Value = Color.Red },
            new EnumValueDefinition { Name = "GREEN", Value = Color.Green },
            new EnumValueDefinition { Name = "BLUE", Value = Color.Blue },
        ]);

    public static readonly ObjectType PersonType = new(
        "Person",
        () =>
        [
            Field("id", new NonNullType(BuiltInScalars.ID)),
            Field("name", BuiltInScalars.String),
            Field("age", BuiltInScalars.Int),
            Field("friends", new ListType(new NonNullType(PersonType!)), context =>
                ((Person)context.Parent!).FriendIds.Select(id => People[id]).ToArray()),
            Field("nonNullName", new NonNullType(BuiltInScalars.String), context => ((Person)context.Parent!).Name),
            AsyncField("friendsViaLoader", new ListType(PersonType!), async context =>
            {
                var loader = PersonLoader(context);
                var friends = await Task.WhenAll(((Person)context.Parent!).FriendIds.Select(loader.LoadAsync)).ConfigureAwait(false);
                return friends;
            }),
        ],
        () => [Node, Named])
    {
        RuntimeType = typeof(Person),
    };

    public static readonly ObjectType DogType = new(
        "Dog",
        () => [Field("id", new NonNullType(BuiltInScalars.ID)), Field("name", BuiltInScalars.String), Field("barks", BuiltInScalars.Boolean)],
        () => [Node, Named])
    {
        RuntimeType = typeof(Dog),
    };

    public static readonly ObjectType CatType = new(
        "Cat",
        () => [Field("id", new NonNullType(BuiltInScalars.ID)), Field("name", BuiltInScalars.String), Field("meows", BuiltInScalars.Boolean)],
        () => [Node, Named])
    {
        RuntimeType = typeof(Cat),
    };

    public static readonly ObjectType StrictCatType = new("StrictCat", () => [Field("name", BuiltInScalars.String)])
    {
        IsTypeOf = value => value is Cat,
    };

    public static readonly UnionType PetUnion = new("Pet", () => [DogType, CatType]);

    public static readonly InputObjectType PersonFilter = new(
        "PersonFilter",
        () =>
        [
            new InputValueDefinition { Name = "name", Type = BuiltInScalars.String },
            new InputValueDefinition { Name = "minAge", Type = BuiltInScalars.Int, DefaultValue = new IntValueNode("0") },
            new InputValueDefinition { Name = "colors", Type = new ListType(new NonNullType(ColorEnum)) },
            new InputValueDefinition { Name = "id", Type = new NonNullType(BuiltInScalars.ID) },
        ]);

    public static readonly InputObjectType Range = new(
        "Range",
        () =>
        [
            new InputValueDefinition { Name = "from", Type = new NonNullType(BuiltInScalars.Int) },
            new InputValueDefinition { Name = "to", Type = BuiltInScalars.Int, DefaultValue = new IntValueNode("10") },
        ])
    {
        CreateValue = fields => new RangeValue((int)fields["from"]!, (int)fields["to"]!),
    };

    public static readonly InputObjectType ByKey = new(
        "ByKey",
        () =>
        [
            new InputValueDefinition { Name = "id", Type = BuiltInScalars.ID },
            new InputValueDefinition { Name = "name", Type = BuiltInScalars.String },
        ])
    {
        IsOneOf = true,
    };

    public static readonly ObjectType Query = new(
        "Query",
        () =>
        [
            Field("hello", BuiltInScalars.String, context => $"Hello, {context.GetArgument<string>("name")}!", Argument("name", BuiltInScalars.String, new StringValueNode("world"))),
            Field("echo", BuiltInScalars.String, context => Describe(context.Arguments.GetValueOrDefault("value")), Argument("value", BuiltInScalars.String)),
            Field("echoInt", BuiltInScalars.Int, context => context.Arguments.GetValueOrDefault("value"), Argument("value", BuiltInScalars.Int)),
            Field("echoInts", new ListType(BuiltInScalars.Int), context => context.Arguments.GetValueOrDefault("values"), Argument("values", new ListType(BuiltInScalars.Int))),
            Field("echoFloat", BuiltInScalars.Float, context => context.Arguments.GetValueOrDefault("value"), Argument("value", BuiltInScalars.Float)),
            Field("echoFilter", BuiltInScalars.String, context => Describe(context.Arguments.GetValueOrDefault("filter")), Argument("filter", PersonFilter)),
            Field("echoRange", BuiltInScalars.String, context => Describe(context.Arguments.GetValueOrDefault("range")), Argument("range", Range)),
            Field("echoColor", ColorEnum, context => context.Arguments.GetValueOrDefault("color"), Argument("color", ColorEnum)),
            Field("colorName", BuiltInScalars.String, context => Describe(context.Arguments.GetValueOrDefault("color")), Argument("color", ColorEnum)),
            Field("lookup", BuiltInScalars.String, context => Describe(context.Arguments["by"]), Argument("by", new NonNullType(ByKey))),
            Field("required", BuiltInScalars.Int, context => context.Arguments["value"], Argument("value", new NonNullType(BuiltInScalars.Int))),
            Field("person", PersonType, context => People.GetValueOrDefault(context.GetArgument<string>("id")!), Argument("id", new NonNullType(BuiltInScalars.ID))),
            Field("people", new NonNullType(new ListType(new NonNullType(PersonType))), _ => People.Values),
            Field("nullableItems", new ListType(BuiltInScalars.Int), _ => new int?[] { 1, null, 3 }),
            Field("nonNullItems", new ListType(new NonNullType(BuiltInScalars.Int)), _ => new int?[] { 1, null, 3 }),
            Field("nonNullField", new NonNullType(BuiltInScalars.String), _ => null),
            Field("failing", BuiltInScalars.String, _ => throw new InvalidOperationException("database password is hunter2")),
            Field("graphQLError", BuiltInScalars.String, _ => throw new GraphQLException(new GraphQLError(
                "Not allowed",
                extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }))),
            Field("badString", BuiltInScalars.String, _ => new { A = 1 }),
            Field("badEnum", ColorEnum, _ => "PURPLE"),
            Field("notAList", new ListType(BuiltInScalars.Int), _ => "text"),
            AsyncField("asyncHello", BuiltInScalars.String, async _ =>
            {
                await Task.Delay(10).ConfigureAwait(false);
                return "async hello";
            }),
            AsyncField("asyncFailing", BuiltInScalars.String, async _ =>
            {
                await Task.Yield();
                throw new GraphQLException(new GraphQLError("async failure"));
            }),
            Field("node", Node, context => NodeById(context.GetArgument<string>("id")!), Argument("id", new NonNullType(BuiltInScalars.ID))),
            Field("pets", new ListType(PetUnion), _ => Pets),
            Field("named", new ListType(Named), _ => new object[]
            {
                new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Map dog" },
                JsonDocument.Parse("""{"__typename":"Cat","name":"Json cat","meows":true}""").RootElement,
                People["2"],
            }),
            Field("unresolvable", Node, _ => new { Id = "x" }),
            Field("wrongType", Named, _ => new Dictionary<string, object?> { ["__typename"] = "Query" }),
            Field("unknownType", Named, _ => new Dictionary<string, object?> { ["__typename"] = "Robot" }),
            Field("jsonPerson", PersonType, _ => JsonDocument.Parse("""{"id":"7","name":"Jason","age":null,"friends":[]}""").RootElement),
            Field("mapPerson", PersonType, _ => new Dictionary<string, object?> { ["id"] = "8", ["name"] = "Mappy", ["age"] = 3L }),
            Field("wrongPet", StrictCatType, _ => Pets[0]),
        ]);

    public static GraphQLSchema Schema { get; } = new(Query, types: [DogType, CatType]);

    public static DataLoader<string, Person> PersonLoader(IResolverContext context) =>
        context.GetDataLoader<string, Person>("people", async (ids, _) =>
        {
            var calls = (List<IReadOnlyList<string>>?)(context.RequestData.TryGetValue("batches", out var recorded) ? recorded : null);
            lock (context.RequestData)
            {
                calls?.Add(ids.ToArray());
            }

            await Task.Yield();
            return ids.Where(People.ContainsKey).ToDictionary(id => id, id => People[id]);
        });

    public static FieldDefinition Field(string name, GraphQLType type) => new() { Name = name, Type = type };

    public static FieldDefinition Field(string name, GraphQLType type, Func<IResolverContext, object?> resolve, params InputValueDefinition[] arguments) =>
        new() { Name = name, Type = type, Resolver = context => new ValueTask<object?>(resolve(context)), Arguments = arguments };

    public static FieldDefinition AsyncField(string name, GraphQLType type, Func<IResolverContext, Task<object?>> resolve, params InputValueDefinition[] arguments) =>
        new() { Name = name, Type = type, Resolver = context => new ValueTask<object?>(resolve(context)), Arguments = arguments };

    public static InputValueDefinition Argument(string name, GraphQLType type, ValueNode? defaultValue = null) =>
        new() { Name = name, Type = type, DefaultValue = defaultValue };

    /// <summary>A stable text form of a coerced value, so tests see what resolvers received.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(pair => pair.Key + ": " + Describe(pair.Value))) + "}",
        object?[] items => "[" + string.Join(", ", items.Select(Describe)) + "]",
        Enum enumValue => enumValue.GetType().Name + "." + enumValue,
        _ => value.GetType().Name + " " + value,
    };

    private static object? NodeById(string id) =>
        People.GetValueOrDefault(id) ?? Pets.FirstOrDefault(pet => pet is Dog dog ? dog.Id == id : ((Cat)pet).Id == id);
}

public sealed record RangeValue(int From, int To);
