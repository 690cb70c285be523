namespace Triangulate.Nlp.Entities;

/// <summary>The sentences between two -DOCSTART- markers (or one sentence, for files without markers).</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);
