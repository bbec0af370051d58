using Flowserv.GraphQL.Language.Ast;

namespace Flowserv.GraphQL.Validation.Rules.Merging;

/// <summary>
/// Two sets of fields that cannot be merged under <see cref="ResponseName"/>: the outer fields first, then the
/// nested fields behind a subfield conflict, so an error can point at every field involved.
/// </summary>
internal sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);
