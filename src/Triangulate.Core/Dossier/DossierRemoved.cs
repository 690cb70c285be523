namespace Triangulate.Core.Dossier;

/// <summary>Text that cleaning removed, with its kind.</summary>
public sealed record DossierRemoved(string Kind, string Text);
