using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class PostprocRankingEntryConfiguration : IEntityTypeConfiguration<PostprocRankingEntry>
{
    public void Configure(EntityTypeBuilder<PostprocRankingEntry> builder)
    {
        builder.ToTable("workflow_ranking");
        builder.HasKey(r => new { r.WorkflowId, r.RunId });
        builder.Property(r => r.WorkflowId).HasMaxLength(32);
        builder.Property(r => r.RunId).HasMaxLength(32);
        builder.HasIndex(r => new { r.WorkflowId, r.Rank }).IsUnique();
    }
}
