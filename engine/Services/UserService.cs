using Flowserv.Engine.Configuration;
using Flowserv.Engine.Data;
using Flowserv.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Services;

/// <summary>Registration, sign-in and password resets (flowServ's <c>api.users()</c>).</summary>
public sealed class UserService(FlowservDbContext db, EngineOptions options, PasswordHasher hasher, TimeProvider clock)
{
    private const int MaxUsernameLength = 512;

    /// <summary>
    /// Creates a user, active unless <paramref name="verify"/> asks for an activation step first.
    /// The first user ever registered becomes an administrator.
    /// </summary>
    public async Task<UserAccount> RegisterAsync(string? username, string? password, bool verify, CancellationToken cancellationToken = default)
    {
        var secret = RequirePassword(password);
        if (username is null)
        {
            throw ConstraintViolationException.InvalidArgument("missing user name");
        }
        var name = username.Trim();
        if (name.Length == 0 || name.Length > MaxUsernameLength)
        {
            throw ConstraintViolationException.InvalidArgument("invalid user name");
        }
        if (await db.Users.AnyAsync(u => u.Name == name, cancellationToken))
        {
            throw ConstraintViolationException.DuplicateUser(name);
        }
        var isFirst = !await db.Users.AnyAsync(u => u.Id != User.DefaultUserId, cancellationToken);
        var user = new User
        {
            Id = Identifiers.NewId(),
            Name = name,
            Secret = hasher.Hash(secret),
            IsActive = !verify,
            IsAdministrator = isFirst,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent registration of the same name won the unique index.
            throw ConstraintViolationException.DuplicateUser(name);
        }
        return ToAccount(user);
    }

    /// <summary>Activates a registered user; activating an active user changes nothing.</summary>
    public async Task<UserAccount> ActivateAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw UnknownObjectException.User(userId);
        user.IsActive = true;
        await db.SaveChangesAsync(cancellationToken);
        return ToAccount(user);
    }

    /// <summary>
    /// Signs in. A user has one token shared by all clients: a still-valid token is kept and its expiry
    /// extended, an expired one is replaced. Unknown, inactive and wrong-password all read UNKNOWN_USER.
    /// </summary>
    public async Task<LoginResult> LoginAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        var name = username.Trim();
        var user = await db.Users.Include(u => u.ApiKey).FirstOrDefaultAsync(u => u.Name == name, cancellationToken);
        if (user is null || !user.IsActive || !PasswordHasher.Verify(password.Trim(), user.Secret))
        {
            throw UnknownObjectException.User(name);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var expiresAt = now + options.AuthTtl;
        if (user.ApiKey is null)
        {
            user.ApiKey = new ApiKey { UserId = user.Id, Value = Identifiers.NewSecret(), ExpiresAt = expiresAt };
        }
        else
        {
            if (user.ApiKey.ExpiresAt < now)
            {
                user.ApiKey.Value = Identifiers.NewSecret();
            }
            user.ApiKey.ExpiresAt = expiresAt;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new LoginResult(ToAccount(user), user.ApiKey.Value, expiresAt);
    }

    /// <summary>Invalidates the token for every client of that user.</summary>
    public async Task<UserAccount> LogoutAsync(string? token, CancellationToken cancellationToken = default)
    {
        var key = await FindValidKeyAsync(token, cancellationToken) ?? throw new UnauthenticatedException();
        var user = await db.Users.SingleAsync(u => u.Id == key.UserId, cancellationToken);
        db.ApiKeys.Remove(key);
        await db.SaveChangesAsync(cancellationToken);
        return ToAccount(user);
    }

    /// <summary>
    /// Resolves a request's token to the caller. In open mode everyone is the default user; otherwise a
    /// missing, unknown or expired token gives an anonymous caller (operations then decide).
    /// </summary>
    public async Task<Caller> AuthenticateAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (options.AuthMode == AuthMode.Open)
        {
            return new Caller(User.DefaultUserId, User.DefaultUserId, IsAdministrator: true);
        }
        var key = await FindValidKeyAsync(token, cancellationToken);
        if (key is null)
        {
            return Caller.Anonymous;
        }
        var user = await db.Users.SingleAsync(u => u.Id == key.UserId, cancellationToken);
        return new Caller(user.Id, user.Name, user.IsAdministrator || options.Administrators.Contains(user.Name));
    }

    public async Task<UserAccount> WhoAmIAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var userId = AccessPolicy.RequireUser(caller);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new UnauthenticatedException();
        return ToAccount(user);
    }

    /// <summary>
    /// Active users whose name starts with <paramref name="prefix"/>, ignoring case, by name; signed-in
    /// callers only.
    /// </summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(Caller caller, string? prefix, CancellationToken cancellationToken = default)
    {
        AccessPolicy.RequireUser(caller);
        var query = db.Users.Where(u => u.IsActive && u.Id != User.DefaultUserId);
        if (!string.IsNullOrEmpty(prefix))
        {
            // StartsWith becomes LIKE, which ignores case on SQLite but not on PostgreSQL; lower() makes both agree.
            var lowered = prefix.ToLowerInvariant();
            query = query.Where(u => u.Name.ToLower().StartsWith(lowered));
        }
        return await query.OrderBy(u => u.Name)
            .Select(u => new UserAccount(u.Id, u.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Users by id (for loaders); unknown ids are simply absent.</summary>
    public async Task<IReadOnlyDictionary<string, UserAccount>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        await db.Users.Where(u => ids.Contains(u.Id))
            .Select(u => new UserAccount(u.Id, u.Name))
            .ToDictionaryAsync(u => u.Id, cancellationToken);

    /// <summary>
    /// Starts a password reset. Always returns a fresh request id, so callers cannot probe which names
    /// exist; a request is stored only for an active user and replaces any earlier one.
    /// </summary>
    public async Task<string> RequestPasswordResetAsync(string username, CancellationToken cancellationToken = default)
    {
        var requestId = Identifiers.NewSecret();
        var name = username.Trim();
        var user = await db.Users.Include(u => u.PasswordResetRequest)
            .FirstOrDefaultAsync(u => u.Name == name && u.IsActive, cancellationToken);
        if (user is null)
        {
            return requestId;
        }
        if (user.PasswordResetRequest is not null)
        {
            db.PasswordResetRequests.Remove(user.PasswordResetRequest);
            await db.SaveChangesAsync(cancellationToken);
        }
        db.PasswordResetRequests.Add(new PasswordResetRequest
        {
            UserId = user.Id,
            RequestId = requestId,
            ExpiresAt = clock.GetUtcNow().UtcDateTime + options.AuthTtl,
        });
        await db.SaveChangesAsync(cancellationToken);
        return requestId;
    }

    /// <summary>Sets a new password, signs the user out everywhere and consumes the request.</summary>
    public async Task<UserAccount> ResetPasswordAsync(string requestId, string? password, CancellationToken cancellationToken = default)
    {
        var secret = RequirePassword(password);
        var now = clock.GetUtcNow().UtcDateTime;
        var request = await db.PasswordResetRequests.FirstOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
        if (request is null || request.ExpiresAt < now)
        {
            throw UnknownObjectException.Request(requestId);
        }
        var user = await db.Users.Include(u => u.ApiKey).SingleAsync(u => u.Id == request.UserId, cancellationToken);
        user.Secret = hasher.Hash(secret);
        if (user.ApiKey is not null)
        {
            db.ApiKeys.Remove(user.ApiKey);
        }
        db.PasswordResetRequests.Remove(request);
        await db.SaveChangesAsync(cancellationToken);
        return ToAccount(user);
    }

    private async Task<ApiKey?> FindValidKeyAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Value == token, cancellationToken);
        return key is not null && key.ExpiresAt >= clock.GetUtcNow().UtcDateTime ? key : null;
    }

    private static string RequirePassword(string? password) =>
        string.IsNullOrWhiteSpace(password)
            ? throw ConstraintViolationException.InvalidArgument("empty password")
            : password.Trim();

    private static UserAccount ToAccount(User user) => new(user.Id, user.Name);
}
