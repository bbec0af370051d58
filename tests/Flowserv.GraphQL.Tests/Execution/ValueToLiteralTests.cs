using Flowserv.GraphQL.Execution;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;

namespace Flowserv.GraphQL.Tests.Execution;

public sealed class ValueToLiteralTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Prints_runtime_values_as_graphql_js_astFromValue_does(object? value, GraphQLType type, string expected) =>
        Assert.Equal(expected, ValueToLiteral.Convert(value, type) is { } literal ? AstPrinter.Print(literal) : "<none>");

    public static TheoryData<object?, GraphQLType, string> Cases() => new()
    {
        { new RangeValue(1, 5), ExecutionTestSchema.Range, "{from: 1, to: 5}" },
        { new Dictionary<string, object?> { ["id"] = "7", ["colors"] = new[] { Color.Red } }, ExecutionTestSchema.PersonFilter, "{colors: [RED], id: 7}" },
        { Color.Blue, ExecutionTestSchema.ColorEnum, "BLUE" },
        { "123", BuiltInScalars.ID, "123" },
        { "abc", BuiltInScalars.ID, "\"abc\"" },
        { new[] { 1, 2 }, new ListType(BuiltInScalars.Int), "[1, 2]" },
        { 3, new ListType(BuiltInScalars.Int), "3" },
        { 1.5, BuiltInScalars.Float, "1.5" },
        { 2.0, BuiltInScalars.Float, "2" },
        { null, BuiltInScalars.String, "null" },
        { null, new NonNullType(BuiltInScalars.String), "<none>" },
        { true, BuiltInScalars.Boolean, "true" },
    };
}
