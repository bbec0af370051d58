namespace Flowserv.Engine.Tests.Templates;

/// <summary>Builds argument dictionaries compactly: <c>Args.Of(("a", 1L), ("b", "x"))</c>.</summary>
internal static class Args
{
    public static IReadOnlyDictionary<string, object?> Of(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(argument => argument.Name, argument => argument.Value, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, object?> None { get; } = Of();
}
