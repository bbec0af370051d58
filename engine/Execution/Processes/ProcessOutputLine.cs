namespace Flowserv.Engine.Execution.Processes;

/// <summary>
/// One line a step wrote, without its line terminator. <see cref="Timestamp"/> (UTC) is when the runner read
/// the line's end, so lines of one stream are in order and close to when the step produced them.
/// </summary>
public readonly record struct ProcessOutputLine(ProcessOutputStream Stream, string Text, DateTimeOffset Timestamp);
