using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class WorkflowConfiguration : IEntityTypeConfiguration<Workflow>
{
    public void Configure(EntityTypeBuilder<Workflow> builder)
    {
        builder.ToTable("workflow_template");
        builder.Property(w => w.Id).HasMaxLength(32);
        builder.Property(w => w.Name).HasMaxLength(512);
        builder.HasIndex(w => w.Name).IsUnique();
        builder.Property(w => w.Digest).HasMaxLength(64);
        builder.Property(w => w.PostprocRunId).HasMaxLength(32);
        builder.HasMany(w => w.Groups).WithOne(g => g.Workflow).HasForeignKey(g => g.WorkflowId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.PostprocRanking).WithOne().HasForeignKey(r => r.WorkflowId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
