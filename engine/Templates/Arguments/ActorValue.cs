namespace Flowserv.Engine.Templates;

/// <summary>
/// A cast <c>actor</c> argument: a user-supplied workflow step (its action) plus extra uploaded
/// files the step needs. JSON form: <c>{"spec": {"environment": ..., "commands": [...]},
/// "files": [{"fileId": ..., "targetPath": ...}]}</c>.
/// </summary>
public sealed record ActorValue(StepAction Spec, IReadOnlyList<InputFile> Files);
