namespace Triangulate.Core.Dossier;

/// <summary>How some articles' version differs from the family text: trimmed | reworded | translated | misattributed.</summary>
public sealed record DossierQuoteVariant(List<string> ArticleIds, string Change);
