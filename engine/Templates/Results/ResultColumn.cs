namespace Flowserv.Engine.Templates;

/// <summary>
/// A column of the result schema. <see cref="Path"/> ('/'-separated, e.g. <c>accuracy/mean</c>)
/// locates the value in the result file; by default it is the column name.
/// </summary>
public sealed record ResultColumn(string Name, string Label, ResultType Type, string? Path = null, bool Required = true)
{
    public IReadOnlyList<string> PathSegments => (Path ?? Name).Split('/');
}
