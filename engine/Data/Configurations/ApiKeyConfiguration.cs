using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_key");
        builder.HasKey(k => k.UserId);
        builder.Property(k => k.UserId).HasMaxLength(32);
        builder.Property(k => k.Value).HasMaxLength(64);
        builder.HasIndex(k => k.Value).IsUnique();
    }
}
