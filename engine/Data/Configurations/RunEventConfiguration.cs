using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class RunEventConfiguration : IEntityTypeConfiguration<RunEvent>
{
    public void Configure(EntityTypeBuilder<RunEvent> builder)
    {
        builder.ToTable("run_event");
        // The key makes a second writer of the same sequence number fail instead of silently forking the stream.
        builder.HasKey(e => new { e.StreamId, e.Sequence });
        builder.Property(e => e.StreamId).HasMaxLength(64);
        builder.Property(e => e.RunId).HasMaxLength(32);
    }
}
