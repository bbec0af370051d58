using Flowserv.Engine.Templates;

namespace Flowserv.Engine.Services;

/// <summary>
/// One submitted run argument: a JSON-like <see cref="Value"/> (cast by the parameter's dtype) or an
/// uploaded <see cref="File"/> of the same group with an optional target path.
/// </summary>
public sealed record RunArgument(string Name, object? Value = null, FileArgument? File = null);
