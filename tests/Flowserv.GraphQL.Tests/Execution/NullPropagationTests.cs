using Flowserv.GraphQL.Execution;
using static Flowserv.GraphQL.Tests.Execution.ExecutionHarness;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    [Fact]
    public Task Nulls_inside_a_nullable_item_list_stay_in_place() => AssertResponseAsync(
        """{"data":{"nullableItems":[1,null,3]}}""",
        "{ nullableItems }");

    [Fact]
    public Task Null_in_non_null_item_nulls_the_list_with_one_error_at_the_item() => AssertResponseAsync(
        """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullItems.","locations":[{"line":1,"column":3}],"path":["nonNullItems",1]}],"data":{"nonNullItems":null,"hello":"Hello, world!"}}""",
        "{ nonNullItems hello }");

    [Fact]
    public Task Null_in_non_null_root_field_makes_data_null() => AssertResponseAsync(
        """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullField.","locations":[{"line":1,"column":9}],"path":["nonNullField"]}],"data":null}""",
        "{ hello nonNullField }");

    [Fact]
    public Task Null_propagates_through_non_null_list_items_to_the_nearest_nullable_parent() => AssertResponseAsync(
        """{"errors":[{"message":"Cannot return null for non-nullable field Person.nonNullName.","locations":[{"line":1,"column":36}],"path":["person","friends",1,"nonNullName"]}],"data":{"person":{"name":"Ada","friends":null}}}""",
        """{ person(id: "1") { name friends { nonNullName } } }""");

    [Fact]
    public Task Null_reaching_the_root_through_non_null_types_makes_data_null() => AssertResponseAsync(
        """{"errors":[{"message":"Cannot return null for non-nullable field Person.nonNullName.","locations":[{"line":1,"column":12}],"path":["people",2,"nonNullName"]}],"data":null}""",
        "{ people { nonNullName } }");

    [Fact]
    public Task Unexpected_exceptions_are_masked() => AssertResponseAsync(
        """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"failing":null}}""",
        "{ failing }");

    [Fact]
    public async Task Exception_details_are_shown_when_enabled()
    {
        var response = await RunAsync("{ failing }", options: new ExecutionOptions { IncludeExceptionDetails = true });
        Assert.StartsWith(
            """{"errors":[{"message":"database password is hunter2","locations":[{"line":1,"column":3}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR","stacktrace":["System.InvalidOperationException: database password is hunter2""",
            response);
    }

    [Fact]
    public Task GraphQL_exceptions_are_reported_as_thrown() => AssertResponseAsync(
        """{"errors":[{"message":"Not allowed","locations":[{"line":1,"column":3}],"path":["graphQLError"],"extensions":{"code":"FORBIDDEN"}}],"data":{"graphQLError":null}}""",
        "{ graphQLError }");

    [Fact]
    public Task Leaf_serialization_errors_use_the_scalar_message() => AssertResponseAsync(
        """
        {"errors":[
          {"message":"String cannot represent value: { A = 1 }","locations":[{"line":1,"column":3}],"path":["badString"]},
          {"message":"Expected Iterable, but did not find one for field \"Query.notAList\".","locations":[{"line":1,"column":13}],"path":["notAList"]}
        ],"data":{"badString":null,"notAList":null}}
        """,
        "{ badString notAList }");

    [Fact]
    public Task Merged_fields_report_every_location() => AssertResponseAsync(
        """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3},{"line":1,"column":11}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"failing":null}}""",
        "{ failing failing }");

    [Fact]
    public Task Values_from_maps_json_and_clr_objects_use_the_default_resolver() => AssertResponseAsync(
        """{"data":{"jsonPerson":{"id":"7","name":"Jason","age":null},"mapPerson":{"id":"8","name":"Mappy","age":3},"person":{"id":"2","name":"Grace","age":85}}}""",
        """{ jsonPerson { id name age } mapPerson { id name age } person(id: 2) { id name age } }""");

    [Fact]
    public Task Object_failing_IsTypeOf_is_an_error() => AssertResponseAsync(
        """{"errors":[{"message":"Expected value of type \"StrictCat\" but got: Dog { Id = d1, Name = Rex, Barks = True }.","locations":[{"line":1,"column":3}],"path":["wrongPet"]}],"data":{"wrongPet":null}}""",
        "{ wrongPet { name } }");
}
