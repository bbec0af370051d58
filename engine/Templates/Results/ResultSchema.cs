namespace Flowserv.Engine.Templates;

/// <summary>
/// The benchmark result schema (<c>results</c>): the result file a run writes, its columns and
/// the default leaderboard order.
/// </summary>
public sealed record ResultSchema(string File, IReadOnlyList<ResultColumn> Columns, IReadOnlyList<SortColumn> OrderBy)
{
    /// <summary><see cref="OrderBy"/> if given, else the first column, descending (as in flowServ).</summary>
    public IReadOnlyList<SortColumn> DefaultOrder => OrderBy.Count > 0 ? OrderBy : [new SortColumn(Columns[0].Name)];

    public ResultColumn? FindColumn(string name) => Columns.FirstOrDefault(column => column.Name == name);

    /// <summary>Reads and types the values of a run's result file; see <see cref="ResultFileParser"/>.</summary>
    public IReadOnlyDictionary<string, object?> ReadResults(string resultFilePath) => ResultFileParser.Parse(this, resultFilePath);
}
