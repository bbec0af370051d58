namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Creates the CLR value of an input object from its coerced field map. The type exists before its fields
/// are analysed (input objects may refer to themselves), so the compiled constructor is filled in afterwards.
/// </summary>
internal sealed class InputObjectActivator
{
    public Func<IReadOnlyDictionary<string, object?>, object>? Compiled { get; set; }

    public object Create(IReadOnlyDictionary<string, object?> fields) => Compiled!(fields);
}
