using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;
using static Flowserv.GraphQL.Tests.Execution.ExecutionTestSchema;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private readonly List<string> batches = [];

    [Fact]
    public async Task Loads_of_all_list_items_go_out_in_one_batch_per_level()
    {
        var response = await RunAsync(
            "{ items(count: 50) { id owner { id pet { name } } } }",
            schema: Schema());

        var items = Enumerable.Range(0, 50).Select(i => "{\"id\":" + i + ",\"owner\":{\"id\":\"o" + i + "\",\"pet\":{\"name\":\"pet of o" + i + "\"}}}");
        Assert.Equal("""{"data":{"items":[""" + string.Join(",", items) + "]}}", response);
        Assert.Equal(2, batches.Count);
        Assert.Equal("owners:" + string.Join(",", Enumerable.Range(0, 50).Select(i => "o" + i)), batches[0]);
        Assert.Equal("pets:" + string.Join(",", Enumerable.Range(0, 50).Select(i => "o" + i)), batches[1]);
    }

    [Fact]
    public async Task Each_key_is_loaded_once_per_request()
    {
        await RunAsync("{ a: items(count: 3) { owner { id } } b: items(count: 5) { owner { id } } }", schema: Schema());
        Assert.Equal(["owners:o0,o1,o2,o3,o4"], batches);
    }

    [Fact]
    public async Task Resolvers_awaiting_several_loads_still_batch_and_share_the_cache()
    {
        var requestData = new Dictionary<string, object?> { ["batches"] = new List<IReadOnlyList<string>>() };
        var response = await RunAsync("{ people { name friendsViaLoader { name friendsViaLoader { name } } } }", requestData: requestData);
        Assert.Equal(
            Json("""
            {"data":{"people":[
              {"name":"Ada","friendsViaLoader":[{"name":"Grace","friendsViaLoader":[{"name":"Ada"}]},{"name":null,"friendsViaLoader":[]}]},
              {"name":"Grace","friendsViaLoader":[{"name":"Ada","friendsViaLoader":[{"name":"Grace"},{"name":null}]}]},
              {"name":null,"friendsViaLoader":[]}
            ]}}
            """),
            response);
        var calls = (List<IReadOnlyList<string>>)requestData["batches"]!;
        Assert.Equal(["2,3,1"], calls.Select(ids => string.Join(",", ids)));
    }

    [Fact]
    public async Task Batch_failure_fails_every_waiting_field()
    {
        var response = await RunAsync("{ items(count: 2) { id failingOwner { id } } }", schema: Schema());
        Assert.Equal(
            Json("""
            {"errors":[
              {"message":"owners unavailable","locations":[{"line":1,"column":24}],"path":["items",0,"failingOwner"]},
              {"message":"owners unavailable","locations":[{"line":1,"column":24}],"path":["items",1,"failingOwner"]}
            ],"data":{"items":[{"id":0,"failingOwner":null},{"id":1,"failingOwner":null}]}}
            """),
            response);
    }

    private GraphQLSchema Schema()
    {
        var pet = new ObjectType("Pet", () => [Field("name", BuiltInScalars.String)]);
        var owner = new ObjectType("Owner", () =>
        [
            Field("id", BuiltInScalars.ID),
            AsyncField("pet", pet, async context => await Loader(context, "pets", id => "pet of " + id).LoadAsync((string)((Dictionary<string, object?>)context.Parent!)["id"]!)),
        ]);
        var item = new ObjectType("Item", () =>
        [
            Field("id", BuiltInScalars.Int, context => context.Parent),
            AsyncField("owner", owner, async context => await Loader(context, "owners", id => id).LoadAsync("o" + context.Parent)),
            AsyncField("failingOwner", owner, async context => await context.GetDataLoader<string, object?>(
                "failing",
                (_, _) => throw new GraphQLException(new GraphQLError("owners unavailable"))).LoadAsync("o" + context.Parent)),
        ]);
        var query = new ObjectType("Query", () =>
        [
            Field("items", new ListType(item), context => Enumerable.Range(0, context.GetArgument<int>("count")), Argument("count", BuiltInScalars.Int)),
        ]);
        return new GraphQLSchema(query);
    }

    private DataLoader<string, object?> Loader(IResolverContext context, string name, Func<string, string> value) =>
        context.GetDataLoader<string, object?>(name, async (keys, _) =>
        {
            lock (batches)
            {
                batches.Add(name + ":" + string.Join(",", keys));
            }

            await Task.Delay(5).ConfigureAwait(false);
            return keys.ToDictionary(key => key, object? (key) => name == "pets"
                ? new Dictionary<string, object?> { ["name"] = value(key) }
                : new Dictionary<string, object?> { ["id"] = value(key) });
        });
}
