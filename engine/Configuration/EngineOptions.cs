using System.Globalization;
using Flowserv.Engine.Errors;

namespace Flowserv.Engine.Configuration;

/// <summary>Engine settings; every one has a default so a fresh machine needs no configuration.</summary>
public sealed class EngineOptions
{
    public const string DefaultApiDirectory = ".flowserv";
    public const string DefaultSchedulerName = "flowserv";
    public static readonly TimeSpan DefaultAuthTtl = TimeSpan.FromSeconds(86400);
    public static readonly TimeSpan DefaultClusterCheckin = TimeSpan.FromMilliseconds(7500);

    /// <summary>Holds the default SQLite database and the file store.</summary>
    public string ApiDirectory { get; init; } = DefaultApiDirectory;

    public DatabaseSettings? Database { get; init; }

    public AuthMode AuthMode { get; init; } = AuthMode.Default;

    /// <summary>Lifetime of login tokens and password-reset requests.</summary>
    public TimeSpan AuthTtl { get; init; } = DefaultAuthTtl;

    /// <summary>User names that are administrators besides the first registered user.</summary>
    public IReadOnlySet<string> Administrators { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether an empty database gets the Hello World benchmark on start-up.</summary>
    public bool InstallSampleWorkflow { get; init; } = true;

    /// <summary>Runs executing at once on this node; more wait as PENDING. Defaults to the processor count.</summary>
    public int MaxConcurrentRuns { get; init; } = Environment.ProcessorCount;

    /// <summary>flowServ's engine configuration file (workers and which step runs on which); null: subprocesses only.</summary>
    public string? SerialEngineConfigFile { get; init; }

    /// <summary>Wall-clock limit of each step command, in FLOWSERV_STEP_TIMEOUT seconds; null: none, as in flowServ.</summary>
    public TimeSpan? StepTimeout { get; init; }

    /// <summary>
    /// The Quartz scheduler's name. Every node of a cluster must use the same one (it scopes the job store's
    /// rows); two engines in one process (tests) need different ones, because Quartz keeps its schedulers in
    /// a process-wide repository keyed by name.
    /// </summary>
    public string SchedulerName { get; init; } = DefaultSchedulerName;

    /// <summary>
    /// On PostgreSQL, how often each node's scheduler records in the database that it is alive; a node that
    /// missed its check-in by as long again is dead, and a live node takes over its runs (FLOWSERV_CLUSTER_CHECKIN_MS).
    /// </summary>
    public TimeSpan ClusterCheckin { get; init; } = DefaultClusterCheckin;

    /// <summary>PBKDF2 work factor; tests lower it to stay fast.</summary>
    internal int PasswordHashIterations { get; init; } = 600_000;

    public DatabaseSettings EffectiveDatabase => Database ?? DatabaseSettings.Parse(null, ApiDirectory);

    public static EngineOptions FromEnvironment() => FromSettings(Environment.GetEnvironmentVariable);

    /// <summary>Reads the FLOWSERV_* settings from any key/value source (environment, appsettings).</summary>
    public static EngineOptions FromSettings(Func<string, string?> lookup)
    {
        var apiDirectory = NonEmpty(lookup(EnvironmentVariables.ApiDirectory)) ?? DefaultApiDirectory;
        return new EngineOptions
        {
            ApiDirectory = apiDirectory,
            Database = DatabaseSettings.Parse(lookup(EnvironmentVariables.Database), apiDirectory),
            AuthMode = ParseAuthMode(NonEmpty(lookup(EnvironmentVariables.Auth))),
            AuthTtl = ParseTtl(NonEmpty(lookup(EnvironmentVariables.AuthTtl))),
            Administrators = ParseNames(lookup(EnvironmentVariables.Administrators)),
            MaxConcurrentRuns = ParseMaxConcurrentRuns(NonEmpty(lookup(EnvironmentVariables.MaxConcurrentRuns))),
            SerialEngineConfigFile = NonEmpty(lookup(EnvironmentVariables.SerialEngineConfig)),
            StepTimeout = ParseStepTimeout(NonEmpty(lookup(EnvironmentVariables.StepTimeout))),
            SchedulerName = NonEmpty(lookup(EnvironmentVariables.SchedulerName)) ?? DefaultSchedulerName,
            ClusterCheckin = ParseClusterCheckin(NonEmpty(lookup(EnvironmentVariables.ClusterCheckin))),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static AuthMode ParseAuthMode(string? value) => value?.ToLowerInvariant() switch
    {
        null or "default" => AuthMode.Default,
        "open" => AuthMode.Open,
        _ => throw new InvalidConfigurationException(EnvironmentVariables.Auth, value),
    };

    private static TimeSpan ParseTtl(string? value)
    {
        if (value is null)
        {
            return DefaultAuthTtl;
        }
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new InvalidConfigurationException(EnvironmentVariables.AuthTtl, value);
    }

    private static int ParseMaxConcurrentRuns(string? value)
    {
        if (value is null)
        {
            return Environment.ProcessorCount;
        }
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : throw new InvalidConfigurationException(EnvironmentVariables.MaxConcurrentRuns, value);
    }

    private static TimeSpan ParseClusterCheckin(string? value)
    {
        if (value is null)
        {
            return DefaultClusterCheckin;
        }
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds > 0
            ? TimeSpan.FromMilliseconds(milliseconds)
            : throw new InvalidConfigurationException(EnvironmentVariables.ClusterCheckin, value);
    }

    private static TimeSpan? ParseStepTimeout(string? value)
    {
        if (value is null)
        {
            return null;
        }
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && double.IsFinite(seconds)
            ? TimeSpan.FromSeconds(seconds)
            : throw new InvalidConfigurationException(EnvironmentVariables.StepTimeout, value);
    }

    private static HashSet<string> ParseNames(string? value) =>
        (value ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
}
