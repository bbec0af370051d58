using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Flowserv.Engine.Data.Configurations;

internal sealed class RunStepConfiguration : IEntityTypeConfiguration<RunStep>
{
    public void Configure(EntityTypeBuilder<RunStep> builder)
    {
        builder.ToTable("run_step");
        builder.HasKey(s => new { s.RunId, s.Position });
        builder.Property(s => s.RunId).HasMaxLength(32);
        builder.Property(s => s.Name).HasMaxLength(512);
    }
}
