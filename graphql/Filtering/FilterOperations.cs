namespace Flowserv.GraphQL.Filtering;

/// <summary>The operations of each operation input, named and ordered as HotChocolate names them.</summary>
internal static class FilterOperations
{
    public const string And = "and";
    public const string Or = "or";

    public static IReadOnlyList<string> Of(FilterKind kind) => kind switch
    {
        FilterKind.String => ["eq", "neq", "in", "contains", "startsWith"],
        FilterKind.Id => ["eq", "in"],
        FilterKind.DateTime => ["eq", "gt", "gte", "lt", "lte"],
        FilterKind.Number => ["eq", "neq", "in", "gt", "gte", "lt", "lte"],
        FilterKind.Boolean => ["eq", "neq"],
        _ => ["eq", "neq", "in", "nin"],
    };

    /// <summary>
    /// The kind of a member of type <paramref name="type"/>, or null when it cannot be filtered; <paramref name="isId"/>
    /// for members typed as ID.
    /// </summary>
    public static FilterKind? KindOf(Type type, bool isId)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (isId)
        {
            return FilterKind.Id;
        }

        if (underlying.IsEnum)
        {
            return FilterKind.Enum;
        }

        return Type.GetTypeCode(underlying) switch
        {
            TypeCode.String => FilterKind.String,
            TypeCode.Boolean => FilterKind.Boolean,
            TypeCode.DateTime => FilterKind.DateTime,
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64
                or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => FilterKind.Number,
            _ => underlying == typeof(DateTimeOffset) ? FilterKind.DateTime : null,
        };
    }
}
