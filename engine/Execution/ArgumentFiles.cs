using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Execution;

/// <summary>The uploaded files a run's cast arguments reference, wherever they sit: file parameters, lists, records.</summary>
internal static class ArgumentFiles
{
    public static IEnumerable<InputFile> Find(object? value) => value switch
    {
        InputFile file => [file],
        ActorValue => [],
        IDictionary<string, object?> record => record.Values.SelectMany(Find),
        IEnumerable<object?> list => list.SelectMany(Find),
        _ => [],
    };
}
