using Flowserv.GraphQL.Validation.Rules;

namespace Flowserv.GraphQL.Validation;

/// <summary>The rules of spec section 5 in spec order; each entry creates a fresh rule instance for one run.</summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<Func<ValidationRule>> All { get; } =
    [
        () => new ExecutableDefinitions(),
        () => new OperationTypeExistence(),
        () => new OperationNameUniqueness(),
        () => new LoneAnonymousOperation(),
        () => new SubscriptionSingleRootField(),
        () => new FieldSelections(),
        () => new FieldSelectionMerging(),
        () => new LeafFieldSelections(),
        () => new ArgumentNames(),
        () => new ArgumentUniqueness(),
        () => new RequiredArguments(),
        () => new FragmentNameUniqueness(),
        () => new FragmentSpreadTypeExistence(),
        () => new FragmentsOnCompositeTypes(),
        () => new FragmentsMustBeUsed(),
        () => new FragmentSpreadTargetDefined(),
        () => new FragmentSpreadsMustNotFormCycles(),
        () => new FragmentSpreadIsPossible(),
        () => new ValuesOfCorrectType(),
        () => new InputObjectFieldNames(),
        () => new InputObjectFieldUniqueness(),
        () => new InputObjectRequiredFields(),
        () => new DirectivesAreDefined(),
        () => new DirectivesAreInValidLocations(),
        () => new DirectivesAreUniquePerLocation(),
        () => new VariableUniqueness(),
        () => new VariablesAreInputTypes(),
        () => new AllVariableUsesDefined(),
        () => new AllVariablesUsed(),
        () => new AllVariableUsagesAreAllowed(),
    ];
}
