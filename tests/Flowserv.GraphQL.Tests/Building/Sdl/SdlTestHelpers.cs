using System.Text.RegularExpressions;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Tests.Building.Sdl;

internal static partial class SdlTestHelpers
{
    /// <summary>The problems FromSdl reports, exactly as a user sees them (with line:column).</summary>
    public static IReadOnlyList<string> ProblemsOf(string sdl) =>
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl)).Problems;

    /// <summary>The problems FromSdl reports, without their positions.</summary>
    public static IReadOnlyList<string> MessagesOf(string sdl) =>
        ProblemsOf(sdl).Select(problem => Position().Replace(problem, string.Empty)).ToArray();

    [GeneratedRegex(@" \(\d+:\d+(, \d+:\d+)*\)$")]
    private static partial Regex Position();
}
