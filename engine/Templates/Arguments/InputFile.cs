namespace Flowserv.Engine.Templates;

/// <summary>
/// A cast file argument: the uploaded file and its final, normalized target path in the run
/// folder. Its text form (in <c>$[[...]]</c> and <c>${...}</c>) is the target path, as in flowServ.
/// </summary>
public sealed record InputFile(string FileId, string TargetPath)
{
    public override string ToString() => TargetPath;
}
