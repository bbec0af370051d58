using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class RunResultValueConfiguration : IEntityTypeConfiguration<RunResultValue>
{
    public void Configure(EntityTypeBuilder<RunResultValue> builder)
    {
        builder.ToTable("run_result");
        // (run_id, column_id) is the leaderboard's join key for every sort column.
        builder.HasKey(v => new { v.RunId, v.ColumnId });
        builder.Property(v => v.RunId).HasMaxLength(32);
        builder.Property(v => v.ColumnId).HasMaxLength(256);
        // Covers the per-sort-column lookups, so ranking 100,000 runs never touches the table rows.
        builder.HasIndex(v => new { v.RunId, v.ColumnId, v.IntValue, v.FloatValue, v.TextValue })
            .HasDatabaseName("ix_run_result_covering");
    }
}
