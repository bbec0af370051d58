namespace Flowserv.Engine.Configuration;

/// <summary>The FLOWSERV_* names the engine reads, the same as flowServ's.</summary>
public static class EnvironmentVariables
{
    public const string ApiDirectory = "FLOWSERV_API_DIR";
    public const string Database = "FLOWSERV_DATABASE";
    public const string Auth = "FLOWSERV_AUTH";
    public const string AuthTtl = "FLOWSERV_AUTH_TTL";
    public const string Administrators = "FLOWSERV_ADMINS";
    public const string MaxConcurrentRuns = "FLOWSERV_MAX_CONCURRENT_RUNS";
    public const string SerialEngineConfig = "FLOWSERV_SERIAL_ENGINECONFIG";
    public const string StepTimeout = "FLOWSERV_STEP_TIMEOUT";
    public const string SchedulerName = "FLOWSERV_SCHEDULER_NAME";
    public const string ClusterCheckin = "FLOWSERV_CLUSTER_CHECKIN_MS";
}
