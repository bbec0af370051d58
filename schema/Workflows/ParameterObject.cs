using Flowserv.Engine.Templates;
using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.Schema.Workflows;

/// <summary>A template parameter; each dtype family is its own type with the members only it has.</summary>
[GraphQLName("Parameter")]
public abstract class ParameterObject(ParameterDeclaration declaration)
{
    [GraphQLIgnore]
    public ParameterDeclaration Declaration { get; } = declaration;

    public string Name => Declaration.Name;

    [GraphQLName("dtype")]
    public ParameterType Type => Declaration.Type;

    public string? Label => Declaration.Label;

    public string? Help => Declaration.Help;

    public int Index => Declaration.Index;

    public bool IsRequired => Declaration.IsRequired;

    [GraphQLDescription("Name of the parameter group (module) for display.")]
    public string? Group => Declaration.Group;

    [GraphQLType(typeof(JsonType))]
    public object? DefaultValue => Declaration.DefaultValue;

    /// <summary>The object type of the declaration's dtype.</summary>
    public static ParameterObject From(ParameterDeclaration declaration) => declaration.Type switch
    {
        ParameterType.Bool => new BoolParameterObject(declaration),
        ParameterType.Select => new SelectParameterObject(declaration),
        ParameterType.File => new FileParameterObject(declaration),
        ParameterType.Float or ParameterType.Int => new NumericParameterObject(declaration),
        ParameterType.List => new ListParameterObject(declaration),
        ParameterType.Record => new RecordParameterObject(declaration),
        ParameterType.Actor => new ActorParameterObject(declaration),
        _ => new StringParameterObject(declaration),
    };

    /// <summary>The object types implementing Parameter, which no field names directly.</summary>
    public static IReadOnlyList<Type> Implementations { get; } =
    [
        typeof(BoolParameterObject),
        typeof(StringParameterObject),
        typeof(ActorParameterObject),
        typeof(SelectParameterObject),
        typeof(FileParameterObject),
        typeof(NumericParameterObject),
        typeof(ListParameterObject),
        typeof(RecordParameterObject),
    ];
}

[GraphQLName("BoolParameter")]
public sealed class BoolParameterObject(ParameterDeclaration declaration) : ParameterObject(declaration);

[GraphQLName("StringParameter")]
public sealed class StringParameterObject(ParameterDeclaration declaration) : ParameterObject(declaration);

[GraphQLName("ActorParameter")]
public sealed class ActorParameterObject(ParameterDeclaration declaration) : ParameterObject(declaration);

[GraphQLName("SelectParameter")]
public sealed class SelectParameterObject(ParameterDeclaration declaration) : ParameterObject(declaration)
{
    public IEnumerable<SelectOptionObject> Values => Declaration.Values.Select(option => new SelectOptionObject(option));
}

[GraphQLName("FileParameter")]
public sealed class FileParameterObject(ParameterDeclaration declaration) : ParameterObject(declaration)
{
    [GraphQLDescription("Target path in the run folder.")]
    public string? Target => Declaration.Target;
}

[GraphQLName("NumericParameter")]
[GraphQLDescription("INT and FLOAT parameters; `range` uses flowServ's interval syntax, e.g. [0,1] or (5,].")]
public sealed class NumericParameterObject(ParameterDeclaration declaration) : ParameterObject(declaration)
{
    public string? Range => Declaration.Range?.Text;
}

[GraphQLName("ListParameter")]
public sealed class ListParameterObject(ParameterDeclaration declaration) : ParameterObject(declaration)
{
    // A list declaration without an element declaration does not parse, so Para is always set here.
    public ParameterObject Para => From(Declaration.Para!);
}

[GraphQLName("RecordParameter")]
public sealed class RecordParameterObject(ParameterDeclaration declaration) : ParameterObject(declaration)
{
    public IEnumerable<ParameterObject> Fields => Declaration.Fields.Select(From);
}
