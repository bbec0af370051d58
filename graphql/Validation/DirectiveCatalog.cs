using System.Runtime.CompilerServices;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Validation;

/// <summary>
/// The directives a document may use: the schema's, overridden by directive definitions in the document
/// itself (as graphql-js does, so documents mixing SDL in are judged the same way).
/// </summary>
internal sealed class DirectiveCatalog
{
    private static readonly ConditionalWeakTable<GraphQLSchema, DirectiveCatalog> BySchema = [];

    private readonly Dictionary<string, KnownDirective> byName = [];

    private DirectiveCatalog(GraphQLSchema schema, DocumentNode? document)
    {
        foreach (var directive in schema.Directives)
        {
            byName[directive.Name] = FromSchema(directive);
        }

        if (document is null)
        {
            return;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                byName[directive.Name.Value] = FromDocument(directive);
            }
        }
    }

    public static DirectiveCatalog For(ValidationContext context)
    {
        var definitions = context.Document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (definition is DirectiveDefinitionNode)
            {
                return new DirectiveCatalog(context.Schema, context.Document);
            }
        }

        return BySchema.GetValue(context.Schema, schema => new DirectiveCatalog(schema, null));
    }

    public KnownDirective? Find(string name) => byName.GetValueOrDefault(name);

    private static KnownDirective FromSchema(DirectiveDefinition directive)
    {
        var argumentNames = new List<string>();
        var required = new List<RequiredArgument>();
        foreach (var argument in directive.Arguments)
        {
            argumentNames.Add(argument.Name);
            if (argument.IsRequired())
            {
                required.Add(new RequiredArgument(argument.Name, argument.Type.ToString()));
            }
        }

        return new KnownDirective(directive.Locations, directive.IsRepeatable, argumentNames, required);
    }

    private static KnownDirective FromDocument(DirectiveDefinitionNode directive)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var location in directive.Locations)
        {
            if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
            {
                locations.Add(parsed);
            }
        }

        var argumentNames = new List<string>();
        var required = new List<RequiredArgument>();
        foreach (var argument in directive.Arguments)
        {
            argumentNames.Add(argument.Name.Value);
            if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
            {
                required.Add(new RequiredArgument(argument.Name.Value, AstPrinter.Print(argument.Type)));
            }
        }

        return new KnownDirective(locations, directive.Repeatable, argumentNames, required);
    }
}

internal sealed record KnownDirective(
    IReadOnlyList<DirectiveLocation> Locations,
    bool IsRepeatable,
    IReadOnlyList<string> ArgumentNames,
    IReadOnlyList<RequiredArgument> RequiredArguments);

internal sealed record RequiredArgument(string Name, string Type);
