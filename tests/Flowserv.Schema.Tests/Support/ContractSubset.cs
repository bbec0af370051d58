using Flowserv.GraphQL.Language;
using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.Schema.Tests.Support;

/// <summary>
/// Whether a server's SDL offers everything a contract SDL promises, so every operation valid against the
/// contract is valid against the server and gets values of the promised types: each type with its kind and
/// interfaces, each field, argument, input field and enum value. A field may be stricter (non-null where the
/// contract allows null), an argument or input field looser (nullable where the contract requires a value);
/// arguments and input fields the contract does not know must be optional; defaults must agree.
/// </summary>
internal static class ContractSubset
{
    /// <summary>Every way <paramref name="server"/> falls short of <paramref name="contract"/>, one line each.</summary>
    public static IReadOnlyList<string> Violations(string contract, string server)
    {
        var serverTypes = Parser.Parse(server, ParserOptions.Unbounded).Definitions.OfType<TypeDefinitionNode>()
            .ToDictionary(type => type.Name.Value);
        var violations = new List<string>();
        foreach (var expected in Parser.Parse(contract, ParserOptions.Unbounded).Definitions.OfType<TypeDefinitionNode>())
        {
            var name = expected.Name.Value;
            if (!serverTypes.TryGetValue(name, out var actual))
            {
                violations.Add($"{name}: missing");
            }
            else if (actual.GetType() != expected.GetType())
            {
                violations.Add($"{name}: is a {Kind(actual)}, the contract has a {Kind(expected)}");
            }
            else
            {
                violations.AddRange(Compare(expected, actual));
            }
        }
        return violations;
    }

    private static IEnumerable<string> Compare(TypeDefinitionNode expected, TypeDefinitionNode actual) => (expected, actual) switch
    {
        (ObjectTypeDefinitionNode e, ObjectTypeDefinitionNode a) => Complex(e.Name.Value, e.Interfaces, e.Fields, a.Interfaces, a.Fields),
        (InterfaceTypeDefinitionNode e, InterfaceTypeDefinitionNode a) => Complex(e.Name.Value, e.Interfaces, e.Fields, a.Interfaces, a.Fields),
        (EnumTypeDefinitionNode e, EnumTypeDefinitionNode a) => e.Values.Select(value => value.Name.Value)
            .Except(a.Values.Select(value => value.Name.Value))
            .Select(value => $"{e.Name.Value}.{value}: missing enum value"),
        (UnionTypeDefinitionNode e, UnionTypeDefinitionNode a) => e.Types.Select(member => member.Name.Value)
            .Except(a.Types.Select(member => member.Name.Value))
            .Select(member => $"{e.Name.Value}: missing union member {member}"),
        (InputObjectTypeDefinitionNode e, InputObjectTypeDefinitionNode a) => Inputs(e.Name.Value, e.Fields, a.Fields),
        _ => [],
    };

    private static IEnumerable<string> Complex(
        string typeName,
        IReadOnlyList<NamedTypeNode> expectedInterfaces,
        IReadOnlyList<FieldDefinitionNode> expectedFields,
        IReadOnlyList<NamedTypeNode> actualInterfaces,
        IReadOnlyList<FieldDefinitionNode> actualFields)
    {
        foreach (var missing in expectedInterfaces.Select(i => i.Name.Value).Except(actualInterfaces.Select(i => i.Name.Value)))
        {
            yield return $"{typeName}: does not implement {missing}";
        }
        var fields = actualFields.ToDictionary(field => field.Name.Value);
        foreach (var field in expectedFields)
        {
            var path = $"{typeName}.{field.Name.Value}";
            if (!fields.TryGetValue(field.Name.Value, out var actual))
            {
                yield return $"{path}: missing field";
                continue;
            }
            if (!OutputCompatible(field.Type, actual.Type))
            {
                yield return $"{path}: type {Print(actual.Type)} does not deliver the contract's {Print(field.Type)}";
            }
            foreach (var violation in Inputs(path, field.Arguments, actual.Arguments))
            {
                yield return violation;
            }
        }
    }

    /// <summary>Arguments of a field or fields of an input object.</summary>
    private static IEnumerable<string> Inputs(string owner, IReadOnlyList<InputValueDefinitionNode> expected, IReadOnlyList<InputValueDefinitionNode> actual)
    {
        var actualByName = actual.ToDictionary(input => input.Name.Value);
        foreach (var input in expected)
        {
            var path = $"{owner}({input.Name.Value})";
            if (!actualByName.TryGetValue(input.Name.Value, out var found))
            {
                yield return $"{path}: missing";
                continue;
            }
            if (!InputCompatible(input.Type, found.Type))
            {
                yield return $"{path}: type {Print(found.Type)} does not accept the contract's {Print(input.Type)}";
            }
            if (input.DefaultValue is not null && (found.DefaultValue is null || Print(found.DefaultValue) != Print(input.DefaultValue)))
            {
                yield return $"{path}: default {(found.DefaultValue is null ? "none" : Print(found.DefaultValue))}, the contract's is {Print(input.DefaultValue)}";
            }
        }
        var known = expected.Select(input => input.Name.Value).ToHashSet();
        foreach (var extra in actual.Where(input => !known.Contains(input.Name.Value) && input.Type is NonNullTypeNode && input.DefaultValue is null))
        {
            yield return $"{owner}({extra.Name.Value}): required, but the contract does not know it";
        }
    }

    /// <summary>A field may promise more (non-null) than the contract, never less.</summary>
    private static bool OutputCompatible(TypeNode expected, TypeNode actual) => (expected, actual) switch
    {
        (NonNullTypeNode e, NonNullTypeNode a) => OutputCompatible(e.Type, a.Type),
        (NonNullTypeNode, _) => false,
        (_, NonNullTypeNode a) => OutputCompatible(expected, a.Type),
        (ListTypeNode e, ListTypeNode a) => OutputCompatible(e.Type, a.Type),
        (NamedTypeNode e, NamedTypeNode a) => e.Name.Value == a.Name.Value,
        _ => false,
    };

    /// <summary>An argument or input field may demand less (nullable) than the contract, never more.</summary>
    private static bool InputCompatible(TypeNode expected, TypeNode actual) => (expected, actual) switch
    {
        (NonNullTypeNode e, NonNullTypeNode a) => InputCompatible(e.Type, a.Type),
        (NonNullTypeNode e, _) => InputCompatible(e.Type, actual),
        (_, NonNullTypeNode) => false,
        (ListTypeNode e, ListTypeNode a) => InputCompatible(e.Type, a.Type),
        (NamedTypeNode e, NamedTypeNode a) => e.Name.Value == a.Name.Value,
        _ => false,
    };

    private static string Print(SyntaxNode node) => AstPrinter.Print(node);

    private static string Kind(TypeDefinitionNode type) => type.GetType().Name.Replace("TypeDefinitionNode", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
