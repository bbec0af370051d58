using Flowserv.GraphQL.Validation;
using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Tests.Validation.RulesB;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible; expected errors are graphql-js 16's, message for message.</summary>
public sealed class FragmentSpreadIsPossibleTests
{
    private static readonly Func<ValidationRule>[] Rules = [() => new FragmentSpreadIsPossible()];

    [Fact]
    public void ObjectInSameObject_Valid() => RulesBHarness.AssertErrors(
        "{ dog { ... on Dog { name } ...D } }\nfragment D on Dog { name }",
        Rules);

    [Fact]
    public void ObjectInDifferentObject() => RulesBHarness.AssertErrors(
        "{ dog { ... on Cat { name } ...C } }\nfragment C on Cat { name }",
        Rules,
        "FragmentSpreadIsPossible: Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". @ 1:9",
        "FragmentSpreadIsPossible: Fragment \"C\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". @ 1:29");

    [Fact]
    public void ObjectInUnion() => RulesBHarness.AssertErrors(
        "{ catOrDog { ... on Person { name } ... on Dog { name } } }",
        Rules,
        "FragmentSpreadIsPossible: Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Person\". @ 1:14");

    [Fact]
    public void UnionInInterface() => RulesBHarness.AssertErrors(
        "{ pet { ... on DogOrPerson { __typename } ... on CatOrDog { __typename } } }",
        Rules);

    [Fact]
    public void InterfaceInObject() => RulesBHarness.AssertErrors(
        "{ person { ... on Pet { name } ... on Canine { name } } dog { ...P } }\nfragment P on Canine { name }",
        Rules,
        "FragmentSpreadIsPossible: Fragment cannot be spread here as objects of type \"Person\" can never be of type \"Pet\". @ 1:12",
        "FragmentSpreadIsPossible: Fragment cannot be spread here as objects of type \"Person\" can never be of type \"Canine\". @ 1:32");

    [Fact]
    public void UnknownTypeConditions_Silent() => RulesBHarness.AssertErrors(
        "{ dog { ... on Unknown { name } ...U ...Missing } }\nfragment U on Unknown { name }",
        Rules);
}
