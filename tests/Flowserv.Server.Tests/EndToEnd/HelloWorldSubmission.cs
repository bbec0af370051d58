namespace Flowserv.Server.Tests.EndToEnd;

/// <summary>
/// One submission to the Hello World benchmark and what the benchmark's own code (helloworld.py, then
/// analyze.py) makes of it, so tests compare against the benchmark's definition, not remembered numbers.
/// </summary>
public sealed record HelloWorldSubmission(string Greeting, IReadOnlyList<string> Names, double SleepTime)
{
    public IReadOnlyList<string> Lines => Names.Select(name => $"{Greeting} {name}!").ToList();

    public string GreetingsFile => string.Concat(Lines.Select(line => line + "\n"));

    public double AvgCount => Lines.Average(line => line.Length);

    public int MaxLen => Lines.Max(line => line.Length);

    public string MaxLine => Lines.First(line => line.Length == MaxLen);
}
