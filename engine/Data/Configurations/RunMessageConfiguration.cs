using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class RunMessageConfiguration : IEntityTypeConfiguration<RunMessage>
{
    public void Configure(EntityTypeBuilder<RunMessage> builder)
    {
        builder.ToTable("run_message");
        builder.HasKey(m => new { m.RunId, m.Position });
        builder.Property(m => m.RunId).HasMaxLength(32);
    }
}
