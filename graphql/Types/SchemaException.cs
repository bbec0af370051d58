namespace Flowserv.GraphQL.Types;

/// <summary>A schema that breaks the type system rules (spec 3); raised while building, with every problem listed.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(string message)
        : this([message])
    {
    }

    public SchemaException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
