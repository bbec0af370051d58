using System.Text.Json;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Building.CodeFirst;

/// <summary>
/// Which scalar represents which CLR type: the built-in conventions, overridden by BindRuntimeType. Scalars
/// are unique by name: the first instance registered under a name (built-ins, then added scalars, then
/// bound ones) is the one every reference gets.
/// </summary>
internal sealed class ScalarCatalog
{
    private static readonly ScalarType Long = new LongType();
    private static readonly ScalarType DateTime = new DateTimeType();
    private static readonly ScalarType Uuid = new UuidType();
    private static readonly ScalarType Json = new JsonType();

    private static readonly Dictionary<Type, ScalarType> Conventions = new()
    {
        [typeof(string)] = BuiltInScalars.String,
        [typeof(bool)] = BuiltInScalars.Boolean,
        [typeof(int)] = BuiltInScalars.Int,
        [typeof(short)] = BuiltInScalars.Int,
        [typeof(ushort)] = BuiltInScalars.Int,
        [typeof(byte)] = BuiltInScalars.Int,
        [typeof(sbyte)] = BuiltInScalars.Int,
        [typeof(long)] = Long,
        [typeof(uint)] = Long,
        [typeof(double)] = BuiltInScalars.Float,
        [typeof(float)] = BuiltInScalars.Float,
        [typeof(decimal)] = BuiltInScalars.Float,
        [typeof(Guid)] = Uuid,
        [typeof(System.DateTime)] = DateTime,
        [typeof(DateTimeOffset)] = DateTime,
        [typeof(JsonElement)] = Json,
    };

    private readonly Dictionary<string, ScalarType> byName = [];
    private readonly Dictionary<Type, ScalarType> byClrType = [];

    public ScalarCatalog(IEnumerable<ScalarType> added, IEnumerable<KeyValuePair<Type, ScalarType>> bindings)
    {
        foreach (var scalar in BuiltInScalars.All.Concat(added))
        {
            byName.TryAdd(scalar.Name, scalar);
        }

        foreach (var (clrType, scalar) in Conventions.Concat(bindings))
        {
            byClrType[clrType] = Canonical(scalar);
        }
    }

    /// <summary>The scalar bound to <paramref name="clrType"/> (without <c>Nullable&lt;T&gt;</c>), or null.</summary>
    public ScalarType? Find(Type clrType) => byClrType.GetValueOrDefault(clrType);

    /// <summary>The scalar implemented by <paramref name="scalarClass"/> (a <see cref="ScalarType"/> subclass), created once when none is registered.</summary>
    public ScalarType? ForImplementation(Type scalarClass)
    {
        foreach (var scalar in byName.Values)
        {
            if (scalar.GetType() == scalarClass)
            {
                return scalar;
            }
        }

        return scalarClass.GetConstructor(Type.EmptyTypes) is null ? null : Canonical((ScalarType)Activator.CreateInstance(scalarClass)!);
    }

    private ScalarType Canonical(ScalarType scalar) => byName.TryAdd(scalar.Name, scalar) ? scalar : byName[scalar.Name];
}
