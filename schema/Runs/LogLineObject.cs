using Flowserv.Engine.Data;
using Flowserv.GraphQL.Building;

namespace Flowserv.Schema.Runs;

/// <summary>One captured stdout/stderr line of a run; <c>sequence</c> grows per run so clients can resume.</summary>
[GraphQLName("LogLine")]
public sealed class LogLineObject(RunLogLine entity)
{
    [GraphQLIgnore]
    public RunLogLine Entity { get; } = entity;

    public long Sequence => Entity.Sequence;

    public string? Step => Entity.Step;

    public LogStream Stream => Entity.Stream;

    public string Text => Entity.Text;

    public DateTime Timestamp => Entity.Timestamp;
}
