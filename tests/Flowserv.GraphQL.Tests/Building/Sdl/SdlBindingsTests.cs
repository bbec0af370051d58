using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Tests.Building.Sdl;

public class SdlBindingsTests
{
    private const string Sdl = """
        type Query { hello: String pet: Pet color: Color when: Date }
        type Subscription { ticks: Int }
        interface Pet { name: String }
        type Dog implements Pet { name: String }
        union Any = Dog
        enum Color { RED GREEN }
        "A calendar date"
        scalar Date @specifiedBy(url: "https://example.com/date")
        """;

    [Fact]
    public void Resolvers_and_subscribers_are_bound_by_type_and_field()
    {
        FieldResolver hello = _ => ValueTask.FromResult<object?>("world");
        SubscribeResolver ticks = _ => ValueTask.FromResult<IAsyncEnumerable<object?>>(AsyncEnumerable.Empty<object?>());
        var bindings = new SdlBindings { Resolvers = { ["Query.hello"] = hello }, Subscribers = { ["Subscription.ticks"] = ticks } };

        var schema = SchemaBuilder.FromSdl(Sdl, bindings);

        Assert.Same(hello, schema.QueryType.GetField("hello")!.Resolver);
        Assert.Null(schema.QueryType.GetField("pet")!.Resolver);
        Assert.Same(ticks, schema.SubscriptionType!.GetField("ticks")!.Subscriber);
    }

    [Fact]
    public void Enum_values_get_their_bound_runtime_values()
    {
        var bindings = new SdlBindings { EnumValues = { ["Color"] = new Dictionary<string, object> { ["RED"] = ConsoleColor.Red } } };

        var color = (EnumType)SchemaBuilder.FromSdl(Sdl, bindings).GetType("Color")!;

        Assert.Equal(ConsoleColor.Red, color.ParseLiteral(new EnumValueNode("RED")));
        Assert.Equal("RED", color.Serialize(ConsoleColor.Red));
        Assert.Equal("GREEN", color.ParseLiteral(new EnumValueNode("GREEN")));
    }

    [Fact]
    public void Bound_scalars_coerce_with_the_implementation_and_keep_the_sdl_definition()
    {
        var bindings = new SdlBindings { Scalars = { ["Date"] = new DateOnlyScalar() } };

        var date = (ScalarType)SchemaBuilder.FromSdl(Sdl, bindings).GetType("Date")!;

        Assert.Equal("Date", date.Name);
        Assert.Equal("A calendar date", date.Description);
        Assert.Equal("https://example.com/date", date.SpecifiedByUrl);
        Assert.Equal(new DateOnly(2026, 11, 22), date.ParseValue("2026-11-22"));
        Assert.Equal(new DateOnly(2026, 11, 22), date.ParseLiteral(new StringValueNode("2026-11-22"), null));
        Assert.Equal("2026-11-22", date.Serialize(new DateOnly(2026, 11, 22)));
        Assert.Throws<CoercionException>(() => date.ParseValue(5L));
    }

    [Fact]
    public void Type_resolvers_are_bound_to_interfaces_and_unions()
    {
        ResolveAbstractType resolve = (_, _) => "Dog";
        var bindings = new SdlBindings { TypeResolvers = { ["Pet"] = resolve, ["Any"] = resolve } };

        var schema = SchemaBuilder.FromSdl(Sdl, bindings);

        Assert.Same(resolve, ((InterfaceType)schema.GetType("Pet")!).ResolveType);
        Assert.Same(resolve, ((UnionType)schema.GetType("Any")!).ResolveType);
    }

    [Fact]
    public void Bindings_that_match_nothing_are_reported()
    {
        FieldResolver resolver = _ => ValueTask.FromResult<object?>(null);
        var bindings = new SdlBindings
        {
            Resolvers = { ["Query.helo"] = resolver, ["Nope.x"] = resolver, ["nodot"] = resolver },
            Subscribers = { ["Subscription.tick"] = _ => ValueTask.FromResult<IAsyncEnumerable<object?>>(AsyncEnumerable.Empty<object?>()) },
            Scalars = { ["String"] = new DateOnlyScalar(), ["Color"] = new DateOnlyScalar() },
            EnumValues = { ["Color"] = new Dictionary<string, object> { ["BLUE"] = 1 }, ["Pet"] = new Dictionary<string, object>() },
            TypeResolvers = { ["Dog"] = (_, _) => null },
        };

        var problems = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(Sdl, bindings)).Problems;

        Assert.Equal(
            [
                "Resolver binding \"Query.helo\" does not match a field of an object or interface type defined in the SDL.",
                "Resolver binding \"Nope.x\" does not match a field of an object or interface type defined in the SDL.",
                "Resolver binding \"nodot\" does not match a field of an object or interface type defined in the SDL.",
                "Subscriber binding \"Subscription.tick\" does not match a field of an object or interface type defined in the SDL.",
                "Scalar binding \"String\" does not match a custom scalar defined in the SDL.",
                "Scalar binding \"Color\" does not match a custom scalar defined in the SDL.",
                "Enum binding \"Color.BLUE\" does not match a value of enum Color.",
                "Enum binding \"Pet\" does not match an enum defined in the SDL.",
                "Type resolver binding \"Dog\" does not match an interface or union defined in the SDL.",
            ],
            problems);
    }

    [Fact]
    public void Bindings_are_checked_only_once_the_sdl_is_valid()
    {
        var bindings = new SdlBindings { TypeResolvers = { ["Nothing"] = (_, _) => null } };

        var problems = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Strin }", bindings)).Problems;

        Assert.Equal(["Unknown type \"Strin\". Did you mean \"String\"? (1:17)"], problems);
    }

    private sealed class DateOnlyScalar() : ScalarType("DateOnly")
    {
        public override object? Serialize(object value) => ((DateOnly)value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        public override object? ParseValue(object? value) => value is string text
            ? DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : throw new CoercionException("DateOnly needs a string.");
    }
}
