namespace Triangulate.Nlp.Entities;

/// <summary>CoNLL exact-span micro scores, overall and per entity type.</summary>
public sealed record NerScore(PrfScore Micro, IReadOnlyDictionary<string, PrfScore> PerType);
