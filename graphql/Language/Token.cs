namespace Flowserv.GraphQL.Language;

/// <summary>
/// One lexical token. <see cref="Start"/>/<see cref="End"/> are UTF-8 byte offsets; <see cref="Line"/> and
/// <see cref="Column"/> (1-based, column in code points) locate its start. Only string tokens carry a
/// <see cref="Value"/>, since only they need decoding; the text of the others is the source slice.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value = null);
