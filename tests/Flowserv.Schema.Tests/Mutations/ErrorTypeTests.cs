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
    public async Task Logout_takes_no_input_and_every_other_mutation_one_input_object()
    {
        await using var fixture = await SchemaFixture.CreateAsync();

        var response = await fixture.ExecuteAsync("""{ __schema { mutationType { fields { name args { name type { kind ofType { name } } } type { kind ofType { name } } } } } }""");

        foreach (var field in response.GetProperty("data").GetProperty("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray())
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
