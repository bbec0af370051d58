using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building;

/// <summary>Schema-first building: a schema from SDL plus the code bound to it.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Builds and validates the schema an SDL document describes (graphql-js <c>buildSchema</c> followed by
    /// <c>assertValidSchema</c>). Without a schema definition, the types named Query, Mutation and
    /// Subscription are the roots.
    /// </summary>
    /// <exception cref="SchemaException">The SDL does not parse, breaks an SDL rule or a type system rule, or a binding matches nothing; lists every problem with its line:column.</exception>
    public static GraphQLSchema FromSdl(string sdl, SdlBindings? bindings = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        DocumentNode document;
        try
        {
            document = Parser.Parse(sdl, ParserOptions.Unbounded);
        }
        catch (GraphQLException exception)
        {
            throw new SchemaException(exception.Errors.Select(Describe).ToArray());
        }

        return FromSdl(document, bindings);
    }

    /// <inheritdoc cref="FromSdl(string, SdlBindings?)"/>
    public static GraphQLSchema FromSdl(DocumentNode document, SdlBindings? bindings = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sdl = new SdlDocument(document);
        var problems = SdlValidator.Validate(sdl);
        if (problems.Count > 0)
        {
            throw SchemaProblem.ToException(problems);
        }

        return SdlSchemaFactory.Build(sdl, bindings ?? new SdlBindings());
    }

    private static string Describe(GraphQLError error) =>
        error.Locations is [var location, ..] ? $"{error.Message} ({location.Line}:{location.Column})" : error.Message;
}
