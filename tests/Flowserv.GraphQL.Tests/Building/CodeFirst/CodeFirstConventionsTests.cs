using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types;
using Flowserv.GraphQL.Types.Scalars;
using Flowserv.GraphQL.Utilities;
using static Flowserv.GraphQL.Tests.Building.CodeFirst.CodeFirstHarness;

namespace Flowserv.GraphQL.Tests.Building.CodeFirst;

public class CodeFirstConventionsTests
{
    [Fact]
    public async Task Names_nullability_lists_and_attributes_follow_the_conventions()
    {
        var schema = new SchemaBuilder()
            .AddQueryType<ConventionsQuery>()
            .AddUnionType<IAnimal>(typeof(Dog), typeof(Cat))
            .AddType<Cat>()
            .AddType<INamed>()
            .Build();

        Assert.Equal(
            """"
            type Query {
              urlPath: String!
              item(id: ID!): String
              pageOfDogs: DogPage!
              idList: [ID!]!
              required: String!
              matrix(rows: [[Int!]!]!): Int!
              sum(values: [Int]): Int!
              status(code: HttpStatus! = HTTP_ERROR): HttpStatus!
              renamed(original: String!, old: String @deprecated(reason: "Unused.")): String!
              animals: [Animal!]!
              pets: [Pet!]!
              settings(input: SettingsInput!): String!
            }

            type DogPage {
              items: [Dog!]!
              total: Int!
            }

            type Dog implements Named & Pet {
              name: String!
              goodBoy: Boolean!
              age: Int!
            }

            interface Pet implements Named {
              name: String!
            }

            enum HttpStatus {
              """All good."""
              OK
              HTTP_ERROR
              NOT_FOUND404
              teapot
            }

            input SettingsInput {
              theme: String! = "system"
              fontSize: Int! = 12

              """Pixels."""
              lineHeight: Int @deprecated(reason: "Themes decide.")
            }

            union Animal = Dog | Cat

            type Cat implements Named & Pet {
              name: String!
              lives: Int!
            }

            interface Named {
              name: String!
            }
            """",
            SchemaPrinter.Print(schema));

        var response = await ExecuteAsync(
            schema,
            """
            {
              urlPath item(id: 7) pageOfDogs { total items { name age } } idList required matrix(rows: [[1, 2], [3]]) sum(values: [1, null, 2])
              status renamed(original: "x")
              animals { __typename ... on Dog { goodBoy } ... on Cat { lives } }
              pets { __typename name }
              keep: settings(input: { theme: "dark" }) reset: settings(input: { theme: "light", fontSize: 10 })
            }
            """);

        Assert.Equal(
            Json("""
                {'data':{'urlPath':'/a','item':'item 7','pageOfDogs':{'total':1,'items':[{'name':'Rex','age':3}]},'idList':['1','2'],'required':'yes',
                  'matrix':6,'sum':3,'status':'HTTP_ERROR','renamed':'x!',
                  'animals':[{'__typename':'Dog','goodBoy':true},{'__typename':'Cat','lives':9}],
                  'pets':[{'__typename':'Dog','name':'Rex'},{'__typename':'Cat','name':'Tom'}],
                  'keep':'dark/12','reset':'light/10'}}
                """),
            response);
    }

    [Fact]
    public void Bound_and_added_scalars_replace_the_conventional_ones()
    {
        var schema = new SchemaBuilder()
            .AddQueryType<ScalarQuery>()
            .BindRuntimeType(typeof(Guid), BuiltInScalars.ID)
            .AddScalar(new RenamedLong())
            .Build();

        Assert.Equal(
            """"
            type Query {
              token: ID!
              big: Long!
            }

            """A 64-bit integer, as a JSON number."""
            scalar Long
            """",
            SchemaPrinter.Print(schema));
    }

    public interface INamed
    {
        string Name { get; }
    }

    public interface IPet : INamed;

    /// <summary>A marker interface turned into an explicit union.</summary>
    public interface IAnimal;

    public sealed record Dog(string Name, bool GoodBoy) : IPet, IAnimal
    {
        public Task<int> Age { get; } = Task.FromResult(3);
    }

    public sealed record Cat(string Name, int Lives) : IPet, IAnimal;

    /// <summary>Without the constraint, C# (and so the schema) would consider an unconstrained T nullable.</summary>
    public sealed record Page<T>(IReadOnlyList<T> Items, int Total)
        where T : notnull;

    public enum HttpStatus
    {
        [GraphQLDescription("All good.")]
        Ok,
        HTTPError,
        NotFound404,
        [GraphQLName("teapot")]
        Teapot,
    }

    public sealed class Settings
    {
        public string Theme { get; set; } = "system";

        public int FontSize { get; set; } = 12;

        [GraphQLDeprecated("Themes decide.")]
        [GraphQLDescription("Pixels.")]
        public int? LineHeight { get; set; }
    }

    public sealed class ConventionsQuery
    {
        public string URLPath => "/a";

        public string? GetItem([ID] int id) => $"item {id}";

        [GraphQLName("pageOfDogs")]
        public Task<Page<Dog>> GetDogsAsync() => Task.FromResult(new Page<Dog>([new Dog("Rex", true)], 1));

        [ID]
        public List<int> IdList => [1, 2];

        [GraphQLNonNull]
        public string? Required => "yes";

        public int Matrix(int[][] rows) => rows.Sum(row => row.Sum());

        public int Sum(List<int?>? values) => values?.Sum(value => value ?? 0) ?? 0;

        public HttpStatus Status(HttpStatus code = HttpStatus.HTTPError) => code;

        public string Renamed([GraphQLName("original")] string value, [GraphQLDeprecated("Unused.")] string? old = null) => value + old + "!";

        public IEnumerable<IAnimal> Animals() => [new Dog("Rex", true), new Cat("Tom", 9)];

        public IEnumerable<IPet> Pets() => [new Dog("Rex", true), new Cat("Tom", 9)];

        public string Settings(Settings input) => $"{input.Theme}/{input.FontSize}";
    }

    public sealed class ScalarQuery
    {
        public Guid Token => Guid.Empty;

        public long Big => 1;
    }

    public sealed class RenamedLong : ScalarType
    {
        public RenamedLong()
            : base("Long", "A 64-bit integer, as a JSON number.")
        {
        }

        public override object? Serialize(object value) => value;

        public override object? ParseValue(object? value) => value;
    }
}
