namespace Flowserv.Engine.Templates;

/// <summary>
/// A template parameter (one item of <c>parameters</c>). Type-specific members are empty or null
/// for the other types: <see cref="Values"/> (select), <see cref="Target"/> (file),
/// <see cref="Range"/> (int, float), <see cref="Para"/> (list), <see cref="Fields"/> (record).
/// </summary>
public sealed record ParameterDeclaration
{
    public required string Name { get; init; }

    public required ParameterType Type { get; init; }

    /// <summary>Display name; flowServ falls back to the parameter name.</summary>
    public string? Label { get; init; }

    /// <summary>Help text (<c>help</c>, documented as <c>description</c>).</summary>
    public string? Help { get; init; }

    public int Index { get; init; }

    public bool IsRequired { get; init; }

    /// <summary>Name of the parameter group (<c>group</c>, documented as <c>module</c>).</summary>
    public string? Group { get; init; }

    /// <summary>The default as written in the template (not cast).</summary>
    public object? DefaultValue { get; init; }

    public IReadOnlyList<SelectOption> Values { get; init; } = [];

    /// <summary>Target path of an uploaded file in the run folder (<c>target</c>, documented as <c>as</c>).</summary>
    public string? Target { get; init; }

    public RangeConstraint? Range { get; init; }

    /// <summary>Declaration of each element of a list parameter.</summary>
    public ParameterDeclaration? Para { get; init; }

    /// <summary>Declarations of the fields of a record parameter.</summary>
    public IReadOnlyList<ParameterDeclaration> Fields { get; init; } = [];

    /// <summary>Casts a raw argument value to this parameter's type; see <see cref="ArgumentCaster"/>.</summary>
    public object? Cast(object? value) => ArgumentCaster.Cast(this, value);
}
