using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Data;

public sealed class SqliteFlowservDbContext(DbContextOptions<SqliteFlowservDbContext> options)
    : FlowservDbContext(options)
{
    public override bool IsPostgreSql => false;
}
