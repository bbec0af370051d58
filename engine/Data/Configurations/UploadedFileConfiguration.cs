using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class UploadedFileConfiguration : IEntityTypeConfiguration<UploadedFile>
{
    public void Configure(EntityTypeBuilder<UploadedFile> builder)
    {
        builder.ToTable("group_upload_file");
        builder.Property(f => f.Id).HasMaxLength(32);
        builder.Property(f => f.GroupId).HasMaxLength(32);
        builder.Property(f => f.Name).HasMaxLength(512);
        builder.Property(f => f.MimeType).HasMaxLength(128);
    }
}
