using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class WorkflowGroupConfiguration : IEntityTypeConfiguration<WorkflowGroup>
{
    public void Configure(EntityTypeBuilder<WorkflowGroup> builder)
    {
        builder.ToTable("workflow_group");
        builder.Property(g => g.Id).HasMaxLength(32);
        builder.Property(g => g.WorkflowId).HasMaxLength(32);
        builder.Property(g => g.OwnerId).HasMaxLength(32);
        builder.Property(g => g.Name).HasMaxLength(512);
        // flowServ declares but never applies this constraint.
        builder.HasIndex(g => new { g.WorkflowId, g.Name }).IsUnique();
        builder.HasOne(g => g.Owner).WithMany().HasForeignKey(g => g.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Uploads).WithOne().HasForeignKey(f => f.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
