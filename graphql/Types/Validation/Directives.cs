namespace Flowserv.GraphQL.Types.Validation;

/// <summary>
/// Spec 3.13 Directives, "Validation": valid names, at least one location, and arguments that are
/// validly named input values which, when required, are not deprecated; no directive uses itself.
/// </summary>
internal static class Directives
{
    public static void Check(GraphQLSchema schema, List<SchemaProblem> problems)
    {
        foreach (var directive in schema.Directives)
        {
            Names.Check(directive.Name, directive.AstNode?.Name, problems);
            if (directive.Locations.Count == 0)
            {
                problems.Add(new($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode));
            }

            foreach (var argument in directive.Arguments)
            {
                Names.Check(argument.Name, argument.AstNode?.Name, problems);
                if (!argument.Type.IsInputType())
                {
                    problems.Add(new($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode));
                }

                Deprecation.CheckRequiredArgument($"@{directive.Name}({argument.Name}:)", argument, problems);
            }

            DirectiveSelfReferences.Check(schema, directive, problems);
        }
    }
}
