namespace Triangulate.Core.Dossier;

/// <summary>How one outlet describes one actor.</summary>
public sealed record DossierFraming(string EntityId, string Outlet, List<string> Descriptors, List<Evidence> Evidence);
