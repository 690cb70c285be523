namespace Triangulate.Core.Dossier;

/// <summary>One side of a conflict.</summary>
public sealed record DossierConflictSide(string Value, double? Normalized, List<string> ArticleIds, List<Evidence> Evidence);
