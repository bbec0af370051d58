using Flowserv.Engine.Services;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Execution;

namespace Flowserv.Schema.Users;

/// <summary>Registration, sign-in and password resets (flowServ's user API).</summary>
[ExtendObjectType("Mutation")]
public sealed class UserMutations
{
    // Nullable as in the contract; an explicit null means no activation step, like the default.
    public Task<UserObject> RegisterUserAsync(string username, string password, IResolverContext context, bool? verify = false) =>
        CallAsync(context, users => users.RegisterAsync(username, password, verify ?? false, context.CancellationToken));

    public Task<UserObject> ActivateUserAsync([ID("User")] string userId, IResolverContext context) =>
        CallAsync(context, users => users.ActivateAsync(userId, context.CancellationToken));

    public Task<LoginPayload> LoginAsync(string username, string password, IResolverContext context) =>
        context.CallAsync<UserService, LoginPayload>(async users => new LoginPayload(await users.LoginAsync(username, password, context.CancellationToken)));

    /// <summary>Ends the session of the token the request was sent with, for every client of that user.</summary>
    public Task<UserObject> LogoutAsync(IResolverContext context) =>
        CallAsync(context, users => users.LogoutAsync(RequestToken.Get(context), context.CancellationToken));

    [UseMutationConvention(PayloadFieldName = "requestId")]
    public Task<string> RequestPasswordResetAsync(string username, IResolverContext context) =>
        context.CallAsync<UserService, string>(users => users.RequestPasswordResetAsync(username, context.CancellationToken));

    public Task<UserObject> ResetPasswordAsync(string requestId, string password, IResolverContext context) =>
        CallAsync(context, users => users.ResetPasswordAsync(requestId, password, context.CancellationToken));

    private static Task<UserObject> CallAsync(IResolverContext context, Func<UserService, Task<UserAccount>> call) =>
        context.CallAsync<UserService, UserObject>(async users => new UserObject(await call(users)));
}
