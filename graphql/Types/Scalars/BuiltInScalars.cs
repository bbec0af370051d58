namespace Flowserv.GraphQL.Types.Scalars;

/// <summary>The five specified scalars; one instance each, shared by every schema.</summary>
public static class BuiltInScalars
{
    public static readonly ScalarType Int = new IntType();
    public static readonly ScalarType Float = new FloatType();
    public static readonly ScalarType String = new StringType();
    public static readonly ScalarType Boolean = new BooleanType();
    public static readonly ScalarType ID = new IdType();

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(NamedType type) => All.Any(scalar => scalar.Name == type.Name);
}
