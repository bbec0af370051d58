using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("api_user");
        builder.Property(u => u.Id).HasMaxLength(32);
        builder.Property(u => u.Name).HasMaxLength(512);
        builder.Property(u => u.Secret).HasMaxLength(512);
        // flowServ only checks name uniqueness in code; the index closes the race between two registrations.
        builder.HasIndex(u => u.Name).IsUnique();
        builder.HasOne(u => u.ApiKey).WithOne().HasForeignKey<ApiKey>(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(u => u.PasswordResetRequest).WithOne()
            .HasForeignKey<PasswordResetRequest>(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
