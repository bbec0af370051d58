using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Validation;
using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation.RulesB;

/// <summary>Validates documents against a small pet schema and compares the errors as a client sees them.</summary>
internal static class RulesBHarness
{
    public const string SchemaSdl = """
        interface Pet { name(formal: Boolean): String }
        interface Canine implements Pet { name(formal: Boolean): String barkVolume: Int }
        type Dog implements Pet & Canine { name(formal: Boolean): String nickname: String barkVolume: Int size: Int doesKnowCommand(command: DogCommand!): Boolean mother: Dog tags: [String] }
        type Cat implements Pet { name(formal: Boolean): String nickname: String! meowVolume: Int size: String }
        type Person { name: String pets: [Pet] }
        union CatOrDog = Cat | Dog
        union DogOrPerson = Dog | Person
        enum DogCommand { SIT HEEL DOWN }
        scalar JSON
        scalar Even
        input Filter { name: String minSize: Int = 0 command: DogCommand nested: Filter tags: [String!] }
        input Range { min: Int! max: Int! }
        input PetBy @oneOf { id: ID name: String }
        type Query {
          dog: Dog cat: Cat pet: Pet catOrDog: CatOrDog dogOrPerson: DogOrPerson person: Person canine: Canine
          dogs(filter: Filter, first: Int = 10): [Dog]
          inRange(range: Range!): Boolean
          findPet(by: PetBy): Pet
          petBy(by: PetBy!): Pet
          echoInt(value: Int): Int
          requiredInt(value: Int!): Int
          echoList(values: [Int]): Int
          requiredList(values: [Int!]!): Int
          nested(matrix: [[Int]]): Int
          echoJson(value: JSON): Int
          echoEven(value: Even): Int
          defaulted(flag: Boolean! = true): Int
          command(value: DogCommand): Int
        }
        """;

    /// <summary>The three value rules graphql-js checks as one (ValuesOfCorrectTypeRule), in spec order.</summary>
    public static readonly Func<ValidationRule>[] ValueRules =
    [
        () => new ValuesOfCorrectType(),
        () => new InputObjectFieldNames(),
        () => new InputObjectRequiredFields(),
    ];

    public static GraphQLSchema Schema { get; } = SchemaBuilder.FromSdl(SchemaSdl, new SdlBindings { Scalars = { ["Even"] = new EvenScalar() } });

    /// <summary>
    /// Asserts the errors, each written as <c>Rule: message @ line:column, ...</c>, in reporting order.
    /// </summary>
    public static void AssertErrors(string document, IEnumerable<Func<ValidationRule>> rules, params string[] expected) =>
        Assert.Equal(expected, Errors(document, rules));

    public static IReadOnlyList<GraphQLError> Validate(string document, IEnumerable<Func<ValidationRule>> rules) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document), rules);

    private static List<string> Errors(string document, IEnumerable<Func<ValidationRule>> rules)
    {
        var errors = new List<string>();
        foreach (var error in Validate(document, rules))
        {
            var locations = string.Join(", ", (error.Locations ?? []).Select(location => $"{location.Line}:{location.Column}"));
            errors.Add($"{error.Extensions?["rule"]}: {error.Message} @ {locations}");
        }

        return errors;
    }

    /// <summary>A custom scalar that rejects odd integer literals with its own message.</summary>
    private sealed class EvenScalar() : ScalarType("Even")
    {
        public override object? Serialize(object value) => value;

        public override object? ParseValue(object? value) => value;

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
            literal is IntValueNode integer && int.Parse(integer.Value, System.Globalization.CultureInfo.InvariantCulture) % 2 == 0
                ? integer.Value
                : throw new CoercionException("Even cannot represent an odd or non-integer value.");
    }
}
