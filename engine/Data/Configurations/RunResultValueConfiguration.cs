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
        builder.Property(v => v.GroupId).HasMaxLength(32);
        // Per typed column: each group's best value of a sort column, and the runs holding it, are index seeks.
        builder.HasIndex(v => new { v.ColumnId, v.GroupId, v.IntValue }).HasDatabaseName("ix_run_result_group_int");
        builder.HasIndex(v => new { v.ColumnId, v.GroupId, v.FloatValue }).HasDatabaseName("ix_run_result_group_float");
        builder.HasIndex(v => new { v.ColumnId, v.GroupId, v.TextValue }).HasDatabaseName("ix_run_result_group_text");
        // Covers the per-sort-column lookups, so ranking 100,000 runs never touches the table rows.
        builder.HasIndex(v => new { v.RunId, v.ColumnId, v.IntValue, v.FloatValue, v.TextValue })
            .HasDatabaseName("ix_run_result_covering");
    }
}
