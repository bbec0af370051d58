using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Flowserv.Engine.Services;
using Flowserv.Engine.Tests.Services.Support;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Tests.Services;

public sealed class UserServiceTests
{
    [Fact]
    public async Task Register_creates_active_user_with_trimmed_name()
    {
        await using var engine = await EngineFixture.CreateAsync();

        var user = await engine.Users.RegisterAsync("  alice@example.org ", "pw", verify: false);

        Assert.Equal("alice@example.org", user.Username);
        Assert.Matches("^[0-9a-f]{32}$", user.Id);
        Assert.True((await engine.Db.Users.SingleAsync(u => u.Id == user.Id)).IsActive);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Register_rejects_empty_password(string? password)
    {
        await using var engine = await EngineFixture.CreateAsync();

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Users.RegisterAsync("alice", password, false));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Equal("empty password", error.Message);
    }

    [Theory]
    [InlineData(null, "missing user name")]
    [InlineData("  ", "invalid user name")]
    public async Task Register_rejects_missing_or_blank_name(string? name, string message)
    {
        await using var engine = await EngineFixture.CreateAsync();

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Users.RegisterAsync(name, "pw", false));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task Register_rejects_name_longer_than_512()
    {
        await using var engine = await EngineFixture.CreateAsync();

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Users.RegisterAsync(new string('a', 513), "pw", false));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
    }

    [Fact]
    public async Task Register_rejects_duplicate_name_and_the_default_user_name()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.Users.RegisterAsync("alice", "pw", false);

        var duplicate = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Users.RegisterAsync(" alice ", "other", false));
        var reserved = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Users.RegisterAsync(User.DefaultUserId, "pw", false));

        Assert.Equal(ErrorCodes.DuplicateUser, duplicate.Code);
        Assert.Equal("duplicate user 'alice'", duplicate.Message);
        Assert.Equal(ErrorCodes.DuplicateUser, reserved.Code);
    }

    [Fact]
    public async Task Only_the_first_registered_user_is_administrator()
    {
        await using var engine = await EngineFixture.CreateAsync();

        var first = await engine.SignInAsync("first");
        var second = await engine.SignInAsync("second");

        Assert.True(first.IsAdministrator);
        Assert.False(second.IsAdministrator);
    }

    [Fact]
    public async Task Users_named_in_FLOWSERV_ADMINS_are_administrators()
    {
        await using var engine = await EngineFixture.CreateAsync(administrators: new HashSet<string> { "boss" });
        await engine.SignInAsync("first");

        var boss = await engine.SignInAsync("boss");

        Assert.True(boss.IsAdministrator);
    }

    [Fact]
    public async Task Verified_registration_needs_activation_before_login()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var user = await engine.Users.RegisterAsync("alice", "pw", verify: true);

        var error = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Users.LoginAsync("alice", "pw"));
        await engine.Users.ActivateAsync(user.Id);
        var again = await engine.Users.ActivateAsync(user.Id);
        var login = await engine.Users.LoginAsync("alice", "pw");

        Assert.Equal(ErrorCodes.UnknownUser, error.Code);
        Assert.Equal(user, again);
        Assert.Equal(user, login.User);
    }

    [Fact]
    public async Task Activate_unknown_user_fails()
    {
        await using var engine = await EngineFixture.CreateAsync();

        var error = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Users.ActivateAsync("nobody"));

        Assert.Equal("unknown user 'nobody'", error.Message);
    }

    [Theory]
    [InlineData("alice", "wrong")]
    [InlineData("bob", "pw")]
    public async Task Login_with_wrong_password_or_unknown_name_reads_unknown_user(string name, string password)
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.Users.RegisterAsync("alice", "pw", false);

        var error = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Users.LoginAsync(name, password));

        Assert.Equal(ErrorCodes.UnknownUser, error.Code);
    }

    [Fact]
    public async Task Login_accepts_the_password_as_registered_with_surrounding_blanks()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.Users.RegisterAsync("alice", " pw ", false);

        var login = await engine.Users.LoginAsync("alice", " pw ");

        Assert.Equal("alice", login.User.Username);
    }

    [Fact]
    public async Task Login_keeps_a_valid_token_and_extends_it()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.Users.RegisterAsync("alice", "pw", false);
        var first = await engine.Users.LoginAsync("alice", "pw");

        engine.Clock.Advance(TimeSpan.FromHours(1));
        var second = await engine.Users.LoginAsync("alice", "pw");

        Assert.Equal(first.Token, second.Token);
        Assert.Equal(first.ExpiresAt + TimeSpan.FromHours(1), second.ExpiresAt);
        Assert.Equal(engine.Clock.Now.UtcDateTime + EngineOptions.DefaultAuthTtl, second.ExpiresAt);
        Assert.Equal(DateTimeKind.Utc, second.ExpiresAt.Kind);
    }

    [Fact]
    public async Task Expired_token_is_anonymous_and_the_next_login_issues_a_new_one()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.Users.RegisterAsync("alice", "pw", false);
        var first = await engine.Users.LoginAsync("alice", "pw");

        engine.Clock.Advance(EngineOptions.DefaultAuthTtl + TimeSpan.FromSeconds(1));
        var caller = await engine.Users.AuthenticateAsync(first.Token);
        var second = await engine.Users.LoginAsync("alice", "pw");

        Assert.Same(Caller.Anonymous, caller);
        Assert.NotEqual(first.Token, second.Token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    public async Task Missing_or_unknown_token_is_anonymous(string? token)
    {
        await using var engine = await EngineFixture.CreateAsync();

        var caller = await engine.Users.AuthenticateAsync(token);

        Assert.False(caller.IsAuthenticated);
    }

    [Fact]
    public async Task Open_mode_runs_every_call_as_the_default_user()
    {
        await using var engine = await EngineFixture.CreateAsync(AuthMode.Open);

        var caller = await engine.Users.AuthenticateAsync(null);
        var me = await engine.Users.WhoAmIAsync(caller);

        Assert.Equal(User.DefaultUserId, caller.UserId);
        Assert.Equal(new UserAccount(User.DefaultUserId, User.DefaultUserId), me);
    }

    [Fact]
    public async Task WhoAmI_returns_the_signed_in_user_and_rejects_anonymous()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var caller = await engine.SignInAsync("alice");

        var me = await engine.Users.WhoAmIAsync(caller);
        var error = await Assert.ThrowsAsync<UnauthenticatedException>(() => engine.Users.WhoAmIAsync(Caller.Anonymous));

        Assert.Equal("alice", me.Username);
        Assert.Equal(ErrorCodes.Unauthenticated, error.Code);
    }

    [Fact]
    public async Task Logout_invalidates_the_token_for_every_client()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.Users.RegisterAsync("alice", "pw", false);
        var login = await engine.Users.LoginAsync("alice", "pw");

        var user = await engine.Users.LogoutAsync(login.Token);
        var caller = await engine.Users.AuthenticateAsync(login.Token);
        var again = await Assert.ThrowsAsync<UnauthenticatedException>(() => engine.Users.LogoutAsync(login.Token));

        Assert.Equal("alice", user.Username);
        Assert.False(caller.IsAuthenticated);
        Assert.Equal(ErrorCodes.Unauthenticated, again.Code);
    }

    [Fact]
    public async Task List_shows_active_users_by_prefix_without_default_user_or_tokens()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var caller = await engine.SignInAsync("alice");
        await engine.SignInAsync("albert");
        await engine.Users.RegisterAsync("alfred", "pw", verify: true);
        await engine.Users.RegisterAsync("bob", "pw", false);

        var all = await engine.Users.ListAsync(caller, null);
        var prefixed = await engine.Users.ListAsync(caller, "al");

        Assert.Equal(["albert", "alice", "bob"], all.Select(u => u.Username));
        Assert.Equal(["albert", "alice"], prefixed.Select(u => u.Username));
        Assert.Equal(2, typeof(UserAccount).GetProperties().Length);
    }

    [Fact]
    public async Task List_by_prefix_ignores_case_on_every_database()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var caller = await engine.SignInAsync("Albert");
        await engine.SignInAsync("alfred");
        await engine.SignInAsync("Bob");

        var prefixed = await engine.Users.ListAsync(caller, "aL");

        Assert.Equal(["Albert", "alfred"], prefixed.Select(u => u.Username));
    }

    [Fact]
    public async Task List_needs_a_signed_in_caller()
    {
        await using var engine = await EngineFixture.CreateAsync();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => engine.Users.ListAsync(Caller.Anonymous, null));
    }

    [Fact]
    public async Task Password_reset_sets_new_password_and_signs_out()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.Users.RegisterAsync("alice", "old", false);
        var login = await engine.Users.LoginAsync("alice", "old");

        var requestId = await engine.Users.RequestPasswordResetAsync("alice");
        var user = await engine.Users.ResetPasswordAsync(requestId, "new");

        Assert.Equal("alice", user.Username);
        Assert.False((await engine.Users.AuthenticateAsync(login.Token)).IsAuthenticated);
        await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Users.LoginAsync("alice", "old"));
        Assert.Equal("alice", (await engine.Users.LoginAsync("alice", "new")).User.Username);
        var reused = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Users.ResetPasswordAsync(requestId, "again"));
        Assert.Equal(ErrorCodes.UnknownRequest, reused.Code);
    }

    [Fact]
    public async Task Password_reset_request_for_unknown_user_returns_an_id_that_does_nothing()
    {
        await using var engine = await EngineFixture.CreateAsync();

        var requestId = await engine.Users.RequestPasswordResetAsync("nobody");
        var error = await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Users.ResetPasswordAsync(requestId, "new"));

        Assert.Matches("^[0-9a-f]{32}$", requestId);
        Assert.Equal($"unknown request '{requestId}'", error.Message);
    }

    [Fact]
    public async Task A_new_reset_request_replaces_the_previous_one()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.Users.RegisterAsync("alice", "old", false);

        var first = await engine.Users.RequestPasswordResetAsync("alice");
        var second = await engine.Users.RequestPasswordResetAsync("alice");

        await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Users.ResetPasswordAsync(first, "new"));
        await engine.Users.ResetPasswordAsync(second, "new");
    }

    [Fact]
    public async Task Expired_reset_request_is_unknown()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.Users.RegisterAsync("alice", "old", false);
        var requestId = await engine.Users.RequestPasswordResetAsync("alice");

        engine.Clock.Advance(EngineOptions.DefaultAuthTtl + TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<UnknownObjectException>(() => engine.Users.ResetPasswordAsync(requestId, "new"));
    }

    [Fact]
    public async Task Reset_with_empty_password_is_rejected_before_the_request_is_checked()
    {
        await using var engine = await EngineFixture.CreateAsync();

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => engine.Users.ResetPasswordAsync("whatever", " "));

        Assert.Equal("empty password", error.Message);
    }
}
