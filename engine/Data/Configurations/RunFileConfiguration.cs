using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class RunFileConfiguration : IEntityTypeConfiguration<RunFile>
{
    public void Configure(EntityTypeBuilder<RunFile> builder)
    {
        builder.ToTable("run_file");
        builder.Property(f => f.Id).HasMaxLength(32);
        builder.Property(f => f.RunId).HasMaxLength(32);
        builder.Property(f => f.Key).HasMaxLength(1024);
        builder.Property(f => f.MimeType).HasMaxLength(128);
        builder.HasIndex(f => new { f.RunId, f.Key }).IsUnique();
    }
}
