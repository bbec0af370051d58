using System.Text.Json;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Mutations;

public class ErrorTypeTests
{
    [Fact]
    public async Task The_error_interface_is_documented_and_implemented_by_one_type_per_failure_family()
    {
        await using var fixture = await SchemaFixture.CreateAsync();

        var response = await fixture.ExecuteAsync("""{ __type(name: "Error") { description fields { name description } possibleTypes { name } } }""");

        var error = response.GetProperty("data").GetProperty("__type");
        Assert.Equal("Every typed error in a mutation payload implements Error.", error.GetProperty("description").GetString());
        Assert.Equal(
            """[{"name":"message","description":null},{"name":"code","description":"Stable machine-readable code, e.g. UNKNOWN_RUN, INVALID_ARGUMENT, UNAUTHORIZED."}]""",
            error.GetProperty("fields").GetRawText());
        Assert.Equal(
            ["ArgumentValueError", "ConstraintViolationError", "DomainError", "InvalidIdError", "ManifestError", "TemplateError", "UnauthenticatedError", "UnauthorizedError", "UnknownObjectError"],
            error.GetProperty("possibleTypes").EnumerateArray().Select(type => type.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task Each_of_the_seventeen_mutations_returns_its_payload_and_all_but_logout_take_one_input()
    {
        await using var fixture = await SchemaFixture.CreateAsync();

        var response = await fixture.ExecuteAsync("""{ __schema { mutationType { fields { name args { name type { kind ofType { name } } } type { kind ofType { name } } } } } }""");

        var fields = response.GetProperty("data").GetProperty("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(17, fields.Count);
        foreach (var field in fields)
        {
            var name = field.GetProperty("name").GetString()!;
            var typeName = char.ToUpperInvariant(name[0]) + name[1..];
            Assert.Equal(NonNull(typeName + "Payload"), field.GetProperty("type").GetRawText());
            var expectedArguments = name == "logout" ? "[]" : "[" + Argument("input", NonNull(typeName + "Input")) + "]";
            Assert.Equal(expectedArguments, field.GetProperty("args").GetRawText());
        }
    }

    private static string NonNull(string typeName) => """{"kind":"NON_NULL","ofType":{"name":""" + JsonSerializer.Serialize(typeName) + "}}";

    private static string Argument(string name, string type) => """{"name":""" + JsonSerializer.Serialize(name) + ""","type":""" + type + "}";
}
