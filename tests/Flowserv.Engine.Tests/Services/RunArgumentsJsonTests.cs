using Flowserv.Engine.Services;
using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Tests.Services;

public sealed class RunArgumentsJsonTests
{
    [Fact]
    public void Stored_arguments_read_back_and_cast_like_the_submitted_ones()
    {
        var template = TemplateLoader.FromYaml("""
            workflow:
                steps:
                - name: s
                  action: {environment: e, commands: ['echo']}
            parameters:
                - {name: names, dtype: file, target: data/names.txt}
                - {name: size, dtype: int}
                - {name: tags, dtype: list, para: {name: tag, dtype: string, index: 0, isRequired: true}}
            """);
        var json = RunArgumentsJson.Serialize(
        [
            new RunArgument("names", File: new FileArgument("f1", "in/n.txt")),
            new RunArgument("size", 3),
            new RunArgument("tags", new[] { "a", "b" }),
        ]);

        var stored = RunArgumentsJson.Deserialize(json);
        var cast = template.CastArguments(stored.ToDictionary(p => p.Key, p => (object?)p.Value));

        Assert.Equal(["names", "size", "tags"], stored.Select(p => p.Key));
        Assert.Equal(new InputFile("f1", "in/n.txt"), cast["names"]);
        Assert.Equal(3L, cast["size"]);
        Assert.Equal(["a", "b"], ((IEnumerable<object?>)cast["tags"]!).Cast<string>());
    }
}
