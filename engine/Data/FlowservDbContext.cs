using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Data;

/// <summary>
/// The engine's metadata. Provider-specific subclasses (<see cref="SqliteFlowservDbContext"/>,
/// <see cref="PostgresFlowservDbContext"/>) exist so each provider has its own migrations, and say which provider they use.
/// </summary>
public abstract class FlowservDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>
    /// Whether this context talks to PostgreSQL (locks and notifications differ), known from the subclass: asking
    /// EF Core (<c>Database.IsNpgsql()</c>) reads assembly metadata on every call, several times per run.
    /// </summary>
    public abstract bool IsPostgreSql { get; }

    public DbSet<User> Users => Set<User>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<PasswordResetRequest> PasswordResetRequests => Set<PasswordResetRequest>();

    public DbSet<Workflow> Workflows => Set<Workflow>();

    public DbSet<WorkflowGroup> Groups => Set<WorkflowGroup>();

    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    public DbSet<UploadedFile> UploadedFiles => Set<UploadedFile>();

    public DbSet<Run> Runs => Set<Run>();

    public DbSet<RunFile> RunFiles => Set<RunFile>();

    public DbSet<RunMessage> RunMessages => Set<RunMessage>();

    public DbSet<RunResultValue> RunResults => Set<RunResultValue>();

    public DbSet<RunStep> RunSteps => Set<RunStep>();

    public DbSet<RunLogLine> RunLogLines => Set<RunLogLine>();

    public DbSet<RunEvent> RunEvents => Set<RunEvent>();

    public DbSet<PostprocRankingEntry> PostprocRanking => Set<PostprocRankingEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<RunState>().HaveConversion<UpperCaseEnumConverter<RunState>>().HaveMaxLength(8);
        configurationBuilder.Properties<StepState>().HaveConversion<UpperCaseEnumConverter<StepState>>().HaveMaxLength(8);
        configurationBuilder.Properties<LogStream>().HaveConversion<UpperCaseEnumConverter<LogStream>>().HaveMaxLength(8);
        configurationBuilder.Properties<RunEventKind>().HaveConversion<UpperCaseEnumConverter<RunEventKind>>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FlowservDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);
    }
}
