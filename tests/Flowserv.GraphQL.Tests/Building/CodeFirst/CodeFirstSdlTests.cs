using Flowserv.GraphQL.Utilities;

namespace Flowserv.GraphQL.Tests.Building.CodeFirst;

public class CodeFirstSdlTests
{
    [Fact]
    public void Dump()
    {
        var schema = FlowservSchema.Builder().Build();
        File.WriteAllText("/tmp/art-codefirst/sdl.graphql", SchemaPrinter.Print(schema));
    }
}
