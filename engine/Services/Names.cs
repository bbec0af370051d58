using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Services;

/// <summary>flowServ's name rule for workflows, groups and uploads: non-blank, at most 512 characters.</summary>
public static class Names
{
    public const int MaxLength = 512;

    /// <summary>Returns the trimmed name or throws INVALID_NAME.</summary>
    public static string Validate(string? name)
    {
        if (name is null)
        {
            throw ConstraintViolationException.InvalidName("missing name");
        }
        var trimmed = name.Trim();
        return trimmed.Length == 0 || trimmed.Length > MaxLength
            ? throw ConstraintViolationException.InvalidName("invalid name")
            : trimmed;
    }

    /// <summary>
    /// <paramref name="name"/> if it is free, else the first free <c>name (1)</c>, <c>name (2)</c>, ...
    /// </summary>
    public static string MakeUnique(string name, IReadOnlySet<string> taken)
    {
        var candidate = Validate(name);
        for (var suffix = 1; taken.Contains(candidate); suffix++)
        {
            candidate = Validate($"{name.Trim()} ({suffix})");
        }
        return candidate;
    }
}
