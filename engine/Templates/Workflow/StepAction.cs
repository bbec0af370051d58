namespace Flowserv.Engine.Templates;

/// <summary>What a serial workflow step does; the kind is chosen by the keys of its <c>action</c>.</summary>
public abstract record StepAction;
