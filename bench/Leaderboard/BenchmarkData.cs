using System.Globalization;
using Flowserv.Engine.Data;
using Microsoft.Data.Sqlite;

namespace Flowserv.Bench.Leaderboard;

/// <summary>
/// Fills the database with groups and successful Hello World runs with results. Plain prepared ADO.NET
/// statements in one transaction: the point is the query, not EF's insert speed.
/// </summary>
internal static class BenchmarkData
{
    public static void Fill(string connectionString, Workflow workflow, int groups, int runs)
    {
        var random = new Random(42);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var groupIds = Enumerable.Range(0, groups).Select(_ => NewId(random)).ToArray();
        var group = Command(connection, "INSERT INTO workflow_group (id, workflow_id, name, owner_id, created_at) VALUES ($id, $wf, $name, $owner, $at)");
        for (var g = 0; g < groups; g++)
        {
            Execute(group, ("$id", groupIds[g]), ("$wf", workflow.Id), ("$name", $"Group {g}"), ("$owner", User.DefaultUserId), ("$at", Time(start)));
        }
        var run = Command(connection, """
            INSERT INTO workflow_run (id, workflow_id, group_id, state, created_at, started_at, ended_at, arguments_json, workflow_digest, has_result)
            VALUES ($id, $wf, $group, 'SUCCESS', $created, $started, $ended, '[]', $digest, 1)
            """);
        var result = Command(connection, "INSERT INTO run_result (run_id, group_id, column_id, int_value, float_value, text_value) VALUES ($run, $group, $column, NULL, $number, $text)");
        for (var r = 0; r < runs; r++)
        {
            var id = NewId(random);
            var created = start.AddSeconds(r);
            var groupId = groupIds[r % groups];
            Execute(run, ("$id", id), ("$wf", workflow.Id), ("$group", groupId), ("$created", Time(created)),
                ("$started", Time(created.AddSeconds(1))), ("$ended", Time(created.AddSeconds(5))), ("$digest", workflow.Digest));
            Execute(result, ("$run", id), ("$group", groupId), ("$column", "avg_count"), ("$number", Math.Round(random.NextDouble() * 20, 3)), ("$text", DBNull.Value));
            Execute(result, ("$run", id), ("$group", groupId), ("$column", "max_len"), ("$number", (double)random.Next(5, 40)), ("$text", DBNull.Value));
            if (r % 10 != 0)
            {
                Execute(result, ("$run", id), ("$group", groupId), ("$column", "max_line"), ("$number", DBNull.Value), ("$text", $"Hello, name {r}!"));
            }
        }
        transaction.Commit();
        using var analyze = Command(connection, "ANALYZE");
        analyze.ExecuteNonQuery();
    }

    // Random 32-hex ids like the engine's, so comparisons in sorts cost what they cost in production.
    private static string NewId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    // The same text form EF Core's SQLite provider writes for DateTime.
    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }
}
