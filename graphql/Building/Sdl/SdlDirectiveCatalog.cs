using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Building;

/// <summary>What the SDL rules need to know about a directive, whether specified or defined in the document.</summary>
internal sealed record KnownDirective(
    IReadOnlyList<string> Locations,
    bool IsRepeatable,
    IReadOnlyList<string> ArgumentNames,
    IReadOnlyList<(string Name, string Type)> RequiredArguments);

/// <summary>The specified directives overlaid with the directive definitions of an SDL document (later definitions win).</summary>
internal static class SdlDirectiveCatalog
{
    public static Dictionary<string, KnownDirective> Build(SdlDocument sdl)
    {
        var catalog = new Dictionary<string, KnownDirective>();
        foreach (var directive in SpecifiedDirectives.All)
        {
            catalog[directive.Name] = new KnownDirective(
                directive.Locations.Select(location => location.ToName()).ToArray(),
                directive.IsRepeatable,
                directive.Arguments.Select(argument => argument.Name).ToArray(),
                directive.Arguments.Where(argument => argument.IsRequired()).Select(argument => (argument.Name, argument.Type.ToString())).ToArray());
        }

        foreach (var definition in sdl.DirectiveDefinitions)
        {
            catalog[definition.Name.Value] = new KnownDirective(
                definition.Locations.Select(location => location.Value).ToArray(),
                definition.Repeatable,
                definition.Arguments.Select(argument => argument.Name.Value).ToArray(),
                definition.Arguments
                    .Where(argument => argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    .Select(argument => (argument.Name.Value, AstPrinter.Print(argument.Type)))
                    .ToArray());
        }

        return catalog;
    }
}
