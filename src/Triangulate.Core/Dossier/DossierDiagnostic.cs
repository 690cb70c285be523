namespace Triangulate.Core.Dossier;

/// <summary>A diagnostic as the dossier shows it; level is info | warning | error.</summary>
public sealed record DossierDiagnostic(string Input, string Level, string Code, string Message);
