namespace Flowserv.Engine.Templates;

/// <summary>
/// The uploaded files a cast argument value refers to, wherever they sit: a file parameter, inside lists
/// and records, and (when asked) the extra files of an actor step.
/// </summary>
public static class UploadReferences
{
    public static IEnumerable<InputFile> In(object? value, bool includeActorFiles) => value switch
    {
        InputFile file => [file],
        ActorValue actor => includeActorFiles ? actor.Files : [],
        IDictionary<string, object?> record => record.Values.SelectMany(item => In(item, includeActorFiles)),
        IEnumerable<object?> list => list.SelectMany(item => In(item, includeActorFiles)),
        _ => [],
    };
}
