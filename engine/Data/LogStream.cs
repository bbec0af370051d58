namespace Flowserv.Engine.Data;

public enum LogStream
{
    Stdout,
    Stderr,
}
