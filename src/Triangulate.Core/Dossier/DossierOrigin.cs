namespace Triangulate.Core.Dossier;

/// <summary>The credited agency or outlet of a lineage, or its earliest article.</summary>
public sealed record DossierOrigin(string? Name, string? ArticleId);
