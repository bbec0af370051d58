using Flowserv.GraphQL.Types.Validation;

namespace Flowserv.GraphQL.Building.Rules;

/// <summary>Spec 5.4.3 applied to SDL: a directive is given every required argument.</summary>
internal static class ProvidedRequiredArgumentsOnDirectives
{
    public static void Check(SdlDocument sdl, Dictionary<string, KnownDirective> directives, List<SchemaProblem> problems)
    {
        foreach (var applied in SdlWalker.Directives(sdl.Document))
        {
            var name = applied.Directive.Name.Value;
            if (!directives.TryGetValue(name, out var known))
            {
                continue;
            }

            foreach (var (argumentName, type) in known.RequiredArguments)
            {
                if (!applied.Directive.Arguments.Any(argument => argument.Name.Value == argumentName))
                {
                    problems.Add(new(
                        $"Directive \"@{name}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.",
                        applied.Directive)
                    {
                        // graphql-js checks on leaving the directive, after problems inside its arguments.
                        ReportedOnLeave = true,
                    });
                }
            }
        }
    }
}
