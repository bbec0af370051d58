using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Tests.Building.CodeFirst;

public class CodeFirstProblemsTests
{
    [Fact]
    public void Every_unmappable_member_is_reported_at_once_by_its_csharp_name()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<UnmappableQuery>().Build());

        Assert.Equal(
            [
                "OddInput: constructor parameter value needs a public property of the same name to become an input field.",
                "UnmappableQuery.Elapsed: TimeSpan has no GraphQL type; bind a scalar to it with BindRuntimeType or choose one with [GraphQLType].",
                "UnmappableQuery.Forget returns no value, but a field needs one (e.g. return the changed object or a bool).",
                "UnmappableQuery.Lookup: Dictionary<String, Int32> has no GraphQL type; bind a scalar to it with BindRuntimeType or choose one with [GraphQLType].",
                "UnmappableQuery.Shapes(shape): IShape cannot be an input type: interfaces and abstract classes cannot be created from input.",
                "UnmappableQuery.Stream: IAsyncEnumerable<T> is only supported on subscription fields; return a list instead.",
                "UnmappableQuery.Unique(ids): list inputs must be arrays, List<T> or an interface List<T> implements, not HashSet<Int32>.",
            ],
            exception.Problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Overloads_and_fields_defined_twice_are_reported()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<OverloadedQuery>().AddTypeExtension<DuplicateField>().Build());

        Assert.Equal(
            [
                "OverloadedQuery.Find: GraphQL fields cannot be overloaded; rename one overload or mark it [GraphQLIgnore].",
                "Field Query.name is defined by both OverloadedQuery.Name and DuplicateField.GetName.",
            ],
            exception.Problems);
    }

    [Fact]
    public void Two_clr_types_with_one_graphql_name_are_reported()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<ClashingQuery>().Build());

        Assert.Equal(["The GraphQL type name \"Item\" is used by both Item and Other; rename one with [GraphQLName]."], exception.Problems);
    }

    [Fact]
    public void Subscription_members_must_be_event_streams()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<MinimalQuery>().AddSubscriptionType<BadSubscription>().Build());

        Assert.Equal(
            [
                "BadSubscription.Count: subscription fields must be methods returning IAsyncEnumerable<T>.",
                "BadSubscription.Latest: a subscription's event stream must return IAsyncEnumerable<T> (or a Task or ValueTask of one).",
                "BadSubscription.Mapped: [Subscribe(With = \"Missing\")] must name exactly one public method of BadSubscription.",
            ],
            exception.Problems);
    }

    [Fact]
    public void A_schema_without_query_type_and_a_misdeclared_extension_are_reported()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddTypeExtension<NotAnExtension>().AddTypeExtension<ExtendsAnEnum>().Build());

        Assert.Equal(
            [
                "NotAnExtension: a type extension needs [ExtendObjectType(typeof(TheExtendedType))] or [ExtendObjectType(\"TypeName\")].",
                "ExtendsAnEnum: [ExtendObjectType] must name an object or interface type; \"Color\" is an enum.",
                "The schema has no query type: call AddQueryType<T>() or add a type extension of \"Query\".",
            ],
            exception.Problems);
    }

    [Fact]
    public void Type_system_rules_are_checked_after_mapping()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<OneOfQuery>().Build());

        Assert.Equal(["OneOf input field PickInput.first must be nullable."], exception.Problems);
    }

    [Fact]
    public void A_default_that_the_argument_type_cannot_represent_is_reported()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<BadDefaultQuery>().Build());

        Assert.Equal(["BadDefaultQuery.Paint(color): the default value 7 cannot be represented as Color!."], exception.Problems);
    }

    public interface IShape
    {
        double Area { get; }
    }

    public sealed class UnmappableQuery
    {
        public TimeSpan Elapsed => TimeSpan.Zero;

        public Dictionary<string, int> Lookup => [];

        public int Shapes(IShape shape) => 0;

        public int Unique(HashSet<int> ids) => ids.Count;

        public int Odd(OddInput odd) => odd.Doubled;

        public void Forget()
        {
        }

        public async IAsyncEnumerable<int> Stream()
        {
            await Task.Yield();
            yield return 1;
        }
    }

    public sealed class OddInput(int value)
    {
        public int Doubled => value * 2;
    }

    public sealed class OverloadedQuery
    {
        public string Name => "a";

        public int Find(int id) => id;

        public int Find(string name) => name.Length;
    }

    [ExtendObjectType(typeof(OverloadedQuery))]
    public sealed class DuplicateField
    {
        public string GetName() => "b";
    }

    public sealed class Item
    {
        public int Id { get; init; }
    }

    [GraphQLName("Item")]
    public sealed class Other
    {
        public int Id { get; init; }
    }

    public sealed class ClashingQuery
    {
        public Item? Item => null;

        public Other? Other => null;
    }

    public sealed class MinimalQuery
    {
        public int Answer => 42;
    }

    public sealed class BadSubscription
    {
        public int Count => 0;

        public Task<int> Latest() => Task.FromResult(1);

        [Subscribe(With = "Missing")]
        public int Mapped() => 0;
    }

    public sealed class NotAnExtension
    {
        public int Extra => 1;
    }

    public enum Color
    {
        Red,
    }

    [ExtendObjectType(typeof(Color))]
    public sealed class ExtendsAnEnum
    {
        public int Extra => 1;
    }

    [OneOf]
    public sealed class Pick
    {
        public int First { get; init; }

        public string? Second { get; init; }
    }

    public sealed class OneOfQuery
    {
        public int Choose(Pick pick) => pick.First;
    }

    public sealed class BadDefaultQuery
    {
        public Color Paint(Color color = (Color)7) => color;
    }
}
