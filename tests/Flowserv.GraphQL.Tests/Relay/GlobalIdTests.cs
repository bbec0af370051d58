using Flowserv.GraphQL.Relay;

namespace Flowserv.GraphQL.Tests.Relay;

public class GlobalIdTests
{
    [Fact]
    public void Ids_are_base64_of_type_name_and_raw_id_as_HotChocolate_writes_them()
    {
        Assert.Equal("UnVuOjQy", GlobalId.Serialize("Run", "42"));
    }

    [Theory]
    [InlineData("Run", "42")]
    [InlineData("Workflow", "a:b:c")]
    [InlineData("Group", "")]
    [InlineData("User", "名前")]
    public void Parsing_a_serialized_id_gives_back_its_parts(string typeName, string id)
    {
        Assert.True(GlobalId.TryParse(GlobalId.Serialize(typeName, id), out var parsedType, out var parsedId));
        Assert.Equal((typeName, id), (parsedType, parsedId));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("UnVu")]
    [InlineData("OjQy")]
    [InlineData("/w==")]
    public void Strings_no_id_was_serialized_as_are_rejected(string? value)
    {
        Assert.False(GlobalId.TryParse(value, out _, out _));
    }

    [Fact]
    public void Parsing_for_a_type_rejects_ids_of_other_types_with_the_invalid_id_code()
    {
        var workflowId = GlobalId.Serialize("Workflow", "7");

        Assert.Equal("7", GlobalId.Parse(workflowId, "Workflow"));
        var error = Assert.Throws<InvalidIdException>(() => GlobalId.Parse(workflowId, "Run"));
        Assert.Equal(RelayErrorCodes.InvalidId, error.Errors[0].Extensions!["code"]);
        Assert.Equal(RelayErrorCodes.InvalidId, Assert.Throws<InvalidIdException>(() => GlobalId.Parse("garbage")).Errors[0].Extensions!["code"]);
    }
}
