namespace Flowserv.Engine.Templates;

/// <summary>One allowed value of a <c>select</c> parameter.</summary>
public sealed record SelectOption(string Name, object? Value, bool IsDefault);
