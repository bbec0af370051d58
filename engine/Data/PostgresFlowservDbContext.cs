using Microsoft.EntityFrameworkCore;

namespace Flowserv.Engine.Data;

public sealed class PostgresFlowservDbContext(DbContextOptions<PostgresFlowservDbContext> options)
    : FlowservDbContext(options)
{
    public override bool IsPostgreSql => true;
}
