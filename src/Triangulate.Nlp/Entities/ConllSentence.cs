namespace Triangulate.Nlp.Entities;

/// <summary>One sentence of a CoNLL-format file: its tokens and IOB2 tags (IOB1 input is converted on read).</summary>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags);
