namespace Triangulate.Core.Dossier;

/// <summary>A pointer to the exact characters a statement rests on, repeating them so a reader can check without counting.</summary>
public sealed record Evidence(string ArticleId, int Start, int Length, string Text);
