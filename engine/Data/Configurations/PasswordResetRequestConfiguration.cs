using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class PasswordResetRequestConfiguration : IEntityTypeConfiguration<PasswordResetRequest>
{
    public void Configure(EntityTypeBuilder<PasswordResetRequest> builder)
    {
        builder.ToTable("password_request");
        builder.HasKey(r => r.UserId);
        builder.Property(r => r.UserId).HasMaxLength(32);
        builder.Property(r => r.RequestId).HasMaxLength(64);
        builder.HasIndex(r => r.RequestId).IsUnique();
    }
}
