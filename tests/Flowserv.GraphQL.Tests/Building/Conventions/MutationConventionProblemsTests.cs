using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Tests.Building.Conventions;

public class MutationConventionProblemsTests
{
    [Fact]
    public void Misplaced_or_unusable_convention_declarations_are_reported_together()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder()
            .AddQueryType<QueryDeclaringErrors>()
            .AddMutationType<MisdeclaredMutations>()
            .AddMutationConventions()
            .Build());

        Assert.Equal(
            [
                "QueryDeclaringErrors.Find: [UseMutationConvention] and [Error] belong on methods of the mutation type.",
                "MisdeclaredMutations.Start: [Error(typeof(String))] must name an exception type.",
                "MisdeclaredMutations.Count: the payload field \"errors\" clashes with the payload's errors; set [UseMutationConvention(PayloadFieldName = ...)].",
                "StrictPayload.Value: fields of the mutation payload StrictPayload must be nullable, since they are null when the mutation reports errors.",
                "StrictPayload.Errors: the mutation conventions add errors to StrictPayload; remove or rename this member.",
            ],
            exception.Problems);
    }

    [Fact]
    public void Generated_type_names_clashing_with_a_class_are_reported()
    {
        var exception = Assert.Throws<SchemaException>(() => new SchemaBuilder()
            .AddQueryType<ConventionQuery>()
            .AddMutationType<ClashingMutations>()
            .AddMutationConventions()
            .Build());

        Assert.Contains(exception.Problems, problem => problem.Contains("\"SessionPayload\"", StringComparison.Ordinal));
    }

    public sealed class QueryDeclaringErrors
    {
        [Error(typeof(QuotaExceededException))]
        public string Find() => "found";
    }

    public sealed class MisdeclaredMutations
    {
        [Error(typeof(string))]
        public Run Start(string groupId) => new(groupId, groupId, 0, 0);

        public StrictPayload Strict() => new("value", []);

        [UseMutationConvention(PayloadFieldName = "errors")]
        public int Count() => 0;
    }

    public sealed class ClashingMutations
    {
        public Session Session() => new("OPEN");

        public SessionPayload Describe() => new("OPEN");
    }

    public sealed record SessionPayload(string? State);

    public sealed record StrictPayload(string Value, string[]? Errors);
}
