using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Services;

/// <summary>Ids are 32 lowercase hex characters (flowServ's uuid4().hex) or a user's own 1–32 word characters.</summary>
public static partial class Identifiers
{
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>A secret (token, reset request id) from the cryptographic generator, not from a GUID.</summary>
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Returns the user-chosen <paramref name="identifier"/> after checking it, or a new id.</summary>
    public static string UserSuppliedOrNew(string? identifier, string kind)
    {
        if (identifier is null)
        {
            return NewId();
        }
        return ValidIdentifier().IsMatch(identifier)
            ? identifier
            : throw ConstraintViolationException.InvalidArgument($"invalid {kind} identifier '{identifier}'");
    }

    [GeneratedRegex("^[a-zA-Z0-9_]{1,32}$")]
    private static partial Regex ValidIdentifier();
}
