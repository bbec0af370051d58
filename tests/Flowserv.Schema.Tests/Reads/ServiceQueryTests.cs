using Flowserv.Engine.Configuration;
using Flowserv.Schema.Tests.Support;

namespace Flowserv.Schema.Tests.Reads;

public class ServiceQueryTests
{
    [Fact]
    public async Task Service_describes_the_server_and_its_auth_mode_to_anonymous_callers()
    {
        await using var fixture = await SchemaFixture.CreateAsync(AuthMode.Open);

        var response = await fixture.ExecuteAsync("{ service { name authMode url } }");

        Assert.Equal(
            """{"data":{"service":{"name":"Flowserv.GraphQL","authMode":"OPEN","url":"http://flowserv.test/api"}}}""",
            response.GetRawText());
    }
}
