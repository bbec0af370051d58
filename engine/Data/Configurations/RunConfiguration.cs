using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class RunConfiguration : IEntityTypeConfiguration<Run>
{
    public void Configure(EntityTypeBuilder<Run> builder)
    {
        builder.ToTable("workflow_run");
        builder.Property(r => r.Id).HasMaxLength(32);
        builder.Property(r => r.WorkflowId).HasMaxLength(32);
        builder.Property(r => r.GroupId).HasMaxLength(32);
        builder.Property(r => r.WorkflowDigest).HasMaxLength(64);
        // The leaderboard's candidate filter: successful runs with results of one workflow.
        builder.HasIndex(r => new { r.WorkflowId, r.State, r.HasResult });
        builder.HasIndex(r => r.GroupId);
        builder.HasOne<Workflow>().WithMany().HasForeignKey(r => r.WorkflowId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Group).WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Messages).WithOne().HasForeignKey(m => m.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Results).WithOne().HasForeignKey(v => v.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<RunLogLine>().WithOne().HasForeignKey(l => l.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
