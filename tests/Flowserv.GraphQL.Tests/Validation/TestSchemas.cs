using Flowserv.GraphQL.Building;
using Flowserv.GraphQL.Types;

namespace Flowserv.GraphQL.Tests.Validation;

/// <summary>The schemas the rule tests validate against.</summary>
internal static class TestSchemas
{
    public const string MainSdl =
        """
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        directive @onQuery on QUERY
        directive @onField on FIELD
        directive @tag(name: String!) repeatable on QUERY | FIELD | FRAGMENT_SPREAD
        directive @cached(ttl: Int!, scope: String = "public") on FIELD | INLINE_FRAGMENT
        directive @note(text: String) on VARIABLE_DEFINITION | FRAGMENT_DEFINITION

        scalar DateTime

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        interface Pet {
          name: String
        }

        interface Canine implements Pet {
          name: String
          barkVolume: Int
        }

        type Dog implements Pet & Canine {
          name: String
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean = true): Boolean!
          owner: Human
        }

        type Cat implements Pet {
          name: String
          nickname: String
          meowVolume: Int
        }

        type Human {
          name: String
          pets: [Pet!]
          relatives: [Human]
          birthday: DateTime
        }

        union CatOrDog = Cat | Dog

        input PetFilter {
          name: String
          minVolume: Int = 0
          nested: PetFilter
        }

        input PetBy @oneOf {
          id: ID
          name: String
        }

        type Query {
          dog: Dog
          pet: Pet
          catOrDog: CatOrDog
          human(id: ID!): Human
          pets(filter: PetFilter, first: Int = 10): [Pet]
          petBy(by: PetBy!): Pet
        findPet(by: PetBy): Pet
          count(of: [String!], where: PetFilter): Int
        }

        type Mutation {
          addPet(name: String!): Pet
        }

        type Subscription {
          newPet: Pet
          petCount: Int
        }
        """;

    /// <summary>Pets, their owners and every kind of type and directive location the rules look at.</summary>
    public static GraphQLSchema Main { get; } = SchemaBuilder.FromSdl(MainSdl);

    /// <summary>A schema with a query root only: no mutation or subscription operations.</summary>
    public static GraphQLSchema QueryOnly { get; } = SchemaBuilder.FromSdl("type Query { name: String }");
}
