using System.Text.Json;
using Flowserv.Server.Tests.EndToEnd;

namespace Flowserv.Server.Tests;

/// <summary>logout ends the session of the token the request carries (the host hands it to the schema).</summary>
public sealed class LogoutTests(ApiUsers users) : IClassFixture<ApiUsers>
{
    private const string Logout = "mutation { logout { user { username } errors { __typename code } } }";

    [Fact]
    public async Task Logout_over_http_signs_out_the_bearer_of_the_token()
    {
        var leaver = await users.SignUpAsync("leaver");

        var data = await leaver.QueryAsync(Logout);
        var me = await leaver.QueryAsync("{ me { username } }");

        Assert.Equal("leaver", MutationPayloads.Succeeded(data, "logout").GetProperty("user").GetProperty("username").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task Logout_without_a_token_reports_unauthenticated()
    {
        var data = await users.Anonymous.QueryAsync(Logout);

        Assert.Equal(["UNAUTHENTICATED"], MutationPayloads.ErrorCodes(data, "logout"));
    }
}
