using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class RunLogLineConfiguration : IEntityTypeConfiguration<RunLogLine>
{
    public void Configure(EntityTypeBuilder<RunLogLine> builder)
    {
        builder.ToTable("run_log_line");
        builder.HasKey(l => new { l.RunId, l.Sequence });
        builder.Property(l => l.RunId).HasMaxLength(32);
        builder.Property(l => l.Step).HasMaxLength(512);
    }
}
