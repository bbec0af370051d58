using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Execution;

/// <summary>Turns a coerced input object's field map into the value resolvers receive.</summary>
internal static class InputObjectValues
{
    public static object Create(InputObjectType type, OrderedDictionary<string, object?> fields) =>
        type.CreateValue is { } create ? create(fields) : fields;
}
