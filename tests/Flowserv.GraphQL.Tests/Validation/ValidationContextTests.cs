using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Validation;

namespace Flowserv.GraphQL.Tests.Validation;

public sealed class ValidationContextTests
{
    private const string Document =
        """
        query Q($a: Int, $f: PetFilter, $id: ID, $name: String, $c: DogCommand!) {
          pets(first: $a, filter: $f) { ...A }
          petBy(by: { id: $id }) { name }
          findPet(by: { name: $name }) { name }
          dog { ... on Dog { ...B doesKnowCommand(dogCommand: $c) } }
        }
        fragment A on Pet { ...B ...Missing name }
        fragment B on Dog { ...A owner { name @skip(if: $hidden) } }
        fragment Unused on Dog { name }
        fragment A on Dog { nickname }
        """;

    [Fact]
    public void FragmentSpreadsAreFoundInNestedSelectionsButNotInsideFragments()
    {
        var spreads = Inspect(context => context.GetFragmentSpreads(Operation(context).SelectionSet).Select(spread => spread.Name.Value));

        Assert.Equal(["B", "A"], spreads);
    }

    [Fact]
    public void RecursivelyReferencedFragmentsFollowSpreadsOnce()
    {
        var fragments = Inspect(context => context.GetRecursivelyReferencedFragments(Operation(context))
            .Select(fragment => $"{fragment.Name.Value} on {fragment.TypeCondition.Name.Value}"));

        // With a duplicate name the last definition wins, as in graphql-js.
        Assert.Equal(["B on Dog", "A on Dog"], fragments);
    }

    [Fact]
    public void GetFragmentReturnsNullForUnknownNames()
    {
        var found = Inspect(context => new[] { context.GetFragment("Unused")?.Name.Value, context.GetFragment("Missing")?.Name.Value });

        Assert.Equal(["Unused", null], found);
    }

    [Fact]
    public void VariableUsagesCarryTheExpectedTypeDefaultAndOneOfParent()
    {
        // As in graphql-js, only a nullable OneOf parent counts: `PetBy!` is a non-null type, not an input object.
        var usages = Inspect(context => context.GetVariableUsages(Operation(context)).Select(Describe));

        Assert.Equal(
            [
                "$a: Int = 10",
                "$f: PetFilter",
                "$id: ID",
                "$name: String (OneOf field)",
                "$c: DogCommand!",
            ],
            usages);
    }

    [Fact]
    public void RecursiveVariableUsagesIncludeReachedFragments()
    {
        var usages = Inspect(context => context.GetRecursiveVariableUsages(Operation(context)).Select(Describe));

        Assert.Equal(["$a: Int = 10", "$f: PetFilter", "$id: ID", "$name: String (OneOf field)", "$c: DogCommand!", "$hidden: Boolean!"], usages);
    }

    private static string Describe(VariableUsage usage) =>
        $"${usage.Node.Name.Value}: {usage.Type}"
        + (usage.DefaultValue is { } defaultValue ? " = " + AstPrinter.Print(defaultValue) : string.Empty)
        + (usage.ParentTypeIsOneOf ? " (OneOf field)" : string.Empty);

    private static OperationDefinitionNode Operation(ValidationContext context) =>
        context.Document.Definitions.OfType<OperationDefinitionNode>().Single();

    private static List<T> Inspect<T>(Func<ValidationContext, IEnumerable<T>> inspect)
    {
        var result = new List<T>();
        DocumentValidator.Validate(TestSchemas.Main, Parser.Parse(Document), [() => new InspectingRule(context => result.AddRange(inspect(context)))]);
        return result;
    }

    private sealed class InspectingRule(Action<ValidationContext> inspect) : ValidationRule
    {
        public override string Name => "Inspect";

        public override string SpecAnchor => "https://spec.graphql.org/October2021/#sec-Validation";

        public override void Leave(SyntaxNode node, ValidationContext context)
        {
            if (node is DocumentNode)
            {
                inspect(context);
            }
        }
    }
}
