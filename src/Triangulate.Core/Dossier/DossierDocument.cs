namespace Triangulate.Core.Dossier;

/// <summary>
/// The JSON dossier, format <see cref="FormatName"/>: the public contract of analyze, the report and the API
/// (see docs/dossier.md and schema/dossier.schema.json). Sections no stage produced are null and omitted.
/// </summary>
public sealed class DossierDocument
{
    public const string FormatName = "triangulate.dossier/1";

    public string Format { get; init; } = FormatName;
    public required DateTimeOffset GeneratedAt { get; init; }
    public List<DossierArticle> Articles { get; init; } = [];
    public List<DossierStory>? Stories { get; set; }
    public List<DossierDiagnostic> Diagnostics { get; init; } = [];
}
