namespace Flowserv.Engine.Templates;

/// <summary>A display group (module) of parameters, from <c>parameterGroups</c>.</summary>
public sealed record ParameterGroup(string Name, string Title, int Index);
