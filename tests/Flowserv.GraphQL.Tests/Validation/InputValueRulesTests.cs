using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation;

public sealed class InputObjectFieldUniquenessTests : RuleTests<InputObjectFieldUniqueness>
{
    [Fact]
    public void DistinctFieldsAreValid() => ExpectValid(
        """
        { pets(filter: { name: "a", nested: { name: "b" } }) { name } }
        """);

    [Fact]
    public void DuplicateFields() => ExpectErrors(
        """
        { pets(filter: { name: "a", name: "b", name: "c" }) { name } }
        """,
        Error("There can be only one input field named \"name\".", (1, 18), (1, 29)),
        Error("There can be only one input field named \"name\".", (1, 18), (1, 40)));

    [Fact]
    public void DuplicateFieldsInNestedObjectsAndLists() => ExpectErrors(
        """
        { count(where: { nested: { minVolume: 1, minVolume: 2 } }) dog { name @skip(if: { a: 1, a: 2 }) } }
        """,
        Error("There can be only one input field named \"minVolume\".", (1, 28), (1, 42)),
        Error("There can be only one input field named \"a\".", (1, 83), (1, 89)));
}
