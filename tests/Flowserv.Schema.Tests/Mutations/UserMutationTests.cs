using Flowserv.GraphQL.Relay;
using static Flowserv.Schema.Tests.Mutations.Payloads;

namespace Flowserv.Schema.Tests.Mutations;

public class UserMutationTests
{
    [Fact]
    public async Task Register_user_returns_the_new_user()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync($$"""mutation { registerUser(input: { username: "claire", password: "pw" }) { user { username } {{Errors}} } }""", caller: null);

        Assert.Equal("claire", Succeeded(payload, "user").GetProperty("username").GetString());
    }

    [Theory]
    [InlineData("member", "pw", "ConstraintViolationError", "DUPLICATE_USER")]
    [InlineData("claire", " ", "ConstraintViolationError", "INVALID_ARGUMENT")]
    public async Task Register_user_reports_taken_names_and_empty_passwords(string username, string password, string typeName, string code)
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync($$"""mutation { registerUser(input: { username: "{{username}}", password: "{{password}}" }) { user { username } {{Errors}} } }""", caller: null);

        Assert.Equal((typeName, code), Failed(payload, "user"));
    }

    [Fact]
    public async Task A_user_registered_with_verify_signs_in_only_after_activation()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var registered = await scenario.MutateAsync($$"""mutation { registerUser(input: { username: "claire", password: "pw", verify: true }) { user { id } {{Errors}} } }""", caller: null);
        var userId = Succeeded(registered, "user").GetProperty("id").GetString();
        const string Login = $$"""mutation { login(input: { username: "claire", password: "pw" }) { user { username } token {{Errors}} } }""";

        var before = await scenario.MutateAsync(Login, caller: null);
        var activated = await scenario.MutateAsync($$"""mutation { activateUser(input: { userId: "{{userId}}" }) { user { id username } {{Errors}} } }""", caller: null);
        var after = await scenario.MutateAsync(Login, caller: null);

        Assert.Equal(("UnknownObjectError", "UNKNOWN_USER"), Failed(before, "user"));
        Assert.Equal(userId, Succeeded(activated, "user").GetProperty("id").GetString());
        Assert.Equal("claire", Succeeded(after, "user").GetProperty("username").GetString());
    }

    [Theory]
    [InlineData("User", "nobody", "UnknownObjectError", "UNKNOWN_USER")]
    [InlineData("Group", "1", "InvalidIdError", "INVALID_ID")]
    [InlineData(null, "not an id", "InvalidIdError", "INVALID_ID")]
    public async Task Activate_user_reports_unknown_users_and_ids_of_other_types(string? typeName, string id, string errorType, string code)
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var userId = typeName is null ? id : GlobalId.Serialize(typeName, id);

        var payload = await scenario.MutateAsync($$"""mutation { activateUser(input: { userId: "{{userId}}" }) { user { id } {{Errors}} } }""", caller: null);

        Assert.Equal((errorType, code), Failed(payload, "user"));
    }

    [Fact]
    public async Task Login_returns_the_user_a_token_that_authenticates_and_its_expiry()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync($$"""mutation { login(input: { username: "member", password: "secret" }) { user { username } token expiresAt {{Errors}} } }""", caller: null);

        Assert.Equal("member", Succeeded(payload, "user").GetProperty("username").GetString());
        var caller = await scenario.Fixture.Engine.Users.AuthenticateAsync(payload.GetProperty("token").GetString());
        Assert.Equal(scenario.Member.UserId, caller.UserId);
        Assert.True(payload.GetProperty("expiresAt").GetDateTime() > scenario.Fixture.Engine.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task Login_with_a_wrong_password_reports_an_unknown_user_and_no_token()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync($$"""mutation { login(input: { username: "member", password: "wrong" }) { user { username } token expiresAt {{Errors}} } }""", caller: null);

        Assert.Equal(("UnknownObjectError", "UNKNOWN_USER"), Failed(payload, "user"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("token").ValueKind);
    }

    [Fact]
    public async Task Logout_ends_the_session_of_the_token_the_request_was_sent_with()
    {
        await using var scenario = await MutationScenario.CreateAsync();
        var login = await scenario.Fixture.Engine.Users.LoginAsync("member", "secret");
        const string Logout = $$"""mutation { logout { user { username } {{Errors}} } }""";

        var first = await scenario.MutateAsync(Logout, scenario.Member, token: login.Token);
        var second = await scenario.MutateAsync(Logout, scenario.Member, token: login.Token);

        Assert.Equal("member", Succeeded(first, "user").GetProperty("username").GetString());
        Assert.False((await scenario.Fixture.Engine.Users.AuthenticateAsync(login.Token)).IsAuthenticated);
        Assert.Equal(("UnauthenticatedError", "UNAUTHENTICATED"), Failed(second, "user"));
    }

    [Fact]
    public async Task Logout_without_a_token_reports_unauthenticated()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync($$"""mutation { logout { user { username } {{Errors}} } }""", caller: null);

        Assert.Equal(("UnauthenticatedError", "UNAUTHENTICATED"), Failed(payload, "user"));
    }

    [Fact]
    public async Task A_password_reset_request_lets_the_user_sign_in_with_the_new_password()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var requested = await scenario.MutateAsync($$"""mutation { requestPasswordReset(input: { username: "member" }) { requestId {{Errors}} } }""", caller: null);
        var requestId = Succeeded(requested, "requestId").GetString();
        var reset = await scenario.MutateAsync($$"""mutation { resetPassword(input: { requestId: "{{requestId}}", password: "new" }) { user { username } {{Errors}} } }""", caller: null);
        var login = await scenario.MutateAsync($$"""mutation { login(input: { username: "member", password: "new" }) { user { username } {{Errors}} } }""", caller: null);

        Assert.Equal("member", Succeeded(reset, "user").GetProperty("username").GetString());
        Assert.Equal("member", Succeeded(login, "user").GetProperty("username").GetString());
    }

    [Fact]
    public async Task Reset_password_with_an_unknown_request_reports_unknown_request()
    {
        await using var scenario = await MutationScenario.CreateAsync();

        var payload = await scenario.MutateAsync($$"""mutation { resetPassword(input: { requestId: "nope", password: "new" }) { user { username } {{Errors}} } }""", caller: null);

        Assert.Equal(("UnknownObjectError", "UNKNOWN_REQUEST"), Failed(payload, "user"));
    }
}
