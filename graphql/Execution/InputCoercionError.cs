namespace Flowserv.GraphQL.Execution;

/// <summary>One failure found while coercing a runtime input value: where, which value, and why.</summary>
internal readonly record struct InputCoercionError(InputPath? Path, object? InvalidValue, string Message);
